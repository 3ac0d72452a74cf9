# json: dump/load through real files, round trips, and an uncaught JSONDecodeError
import json
import os

path = "/tmp/strata_test_mod_json_files_data.json"
config = {
    "servers": [{"host": "a.example", "port": 8080}, {"host": "b.example", "port": 8081}],
    "debug": False,
    "threshold": 0.75,
    "name": "caf\u00e9",
}
with open(path, "w") as f:
    json.dump(config, f, indent=2, sort_keys=True)
with open(path) as f:
    text = f.read()
print(text)
with open(path) as f:
    back = json.load(f)
print(back == config, back["servers"][1]["port"], back["name"])

with open(path, "w") as f:
    json.dump([1, 2, {"k": [3, 4]}], f, separators=(",", ":"))
with open(path) as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(json.load(f))

records = [{"id": i, "sq": i * i, "odd": i % 2 == 1} for i in range(5)]
with open(path, "w") as f:
    for r in records:
        f.write(json.dumps(r) + "\n")
with open(path) as f:
    loaded = [json.loads(line) for line in f]
print(loaded == records, sum(r["sq"] for r in loaded))

with open(path, "w") as f:
    f.write('{"ok": 1,\n "bad": [1, 2,, 3]}')
try:
    with open(path) as f:
        json.load(f)
except json.JSONDecodeError as e:
    print("caught:", e.msg, e.lineno, e.colno, e.pos)
os.remove(path)
print(os.path.exists(path))
json.loads('{"unterminated": ')
