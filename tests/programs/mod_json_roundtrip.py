# json roundtrips
import json
docs = [
    {"name": "strata", "version": [1, 2, 3], "stable": False, "deps": None},
    [1, 2.5, -3, 1e20, 0.1, "x", True, None, [], {}],
    {"nested": {"a": [{"b": [{"c": 1}]}]}},
    "unicode: é ü 中文 \u2603",
    "escapes: \" \\ \n \t \r \b \f \u0001",
    12345678901234567890,
    -0.0,
    {"": "empty key", "spaces in key": 1},
]
for d in docs:
    s = json.dumps(d)
    back = json.loads(s)
    print(s)
    print("  roundtrip equal:", back == d)
print(json.dumps(docs[0], sort_keys=True, indent=2))
print(json.dumps(docs[3], ensure_ascii=False))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({3: "int key", 1.5: "float key", True: "bool", None: "none"}))
print(json.loads('{"a": 1, "a": 2}'), json.loads("  [1 , 2 ]  "), json.loads('"\\u00e9\\ud83d\\ude00"'))
print(json.loads("1e400"), json.dumps(float("inf")), json.loads("NaN") != json.loads("NaN"))
print(json.dumps((1, 2)), json.loads(json.dumps((1, 2))))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "tru", '"unterminated', "", "01"]:
    try:
        json.loads(bad)
        print("parsed", repr(bad))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, "pos", e.pos)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError("no")
def dec(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
s = json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, default=enc)
print(s)
obj = json.loads(s, object_hook=dec)
print([(p.x, p.y) for p in obj["pts"]])
try:
    json.dumps({"p": Point(0, 0)})
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"x": 1.5, "y": 2}', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[{"a": 1}]', object_pairs_hook=lambda pairs: ("pairs", pairs)))
print(json.dumps("\x7f\x80"), json.dumps({"k": [1, {"z": []}]}, indent="--"))
