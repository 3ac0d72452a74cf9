# Nested data structures: JSON-like records, pretty printing, deep copy by hand
records = [
    {"id": 1, "name": "widget", "tags": ["a", "b"], "dims": {"w": 2, "h": 3}, "price": 9.99, "stock": None},
    {"id": 2, "name": "gadget", "tags": [], "dims": {"w": 5, "h": 1}, "price": 24.5, "stock": 7},
    {"id": 3, "name": "doohickey", "tags": ["c"], "dims": {"w": 1, "h": 1}, "price": 0.5, "stock": 0},
]
def to_json(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + to_json(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{\n" + ",\n".join(f'{pad}  "{k}": {to_json(x, indent + 1)}' for k, x in v.items()) + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")
print(to_json(records[0]))
print(to_json({"empty": [], "nested": {"deep": [1, [2, [3]]]}, "flag": True, "q": 'say "hi"'}))
def deep_copy(v):
    if isinstance(v, dict):
        return {k: deep_copy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [deep_copy(x) for x in v]
    return v
copy = deep_copy(records)
copy[0]["dims"]["w"] = 100
copy[0]["tags"].append("z")
print(records[0]["dims"], records[0]["tags"], copy[0]["dims"], copy[0]["tags"])
print(copy == records, copy[1] == records[1])
def get_path(obj, path, default=None):
    for key in path.split("."):
        if isinstance(obj, list):
            key = int(key)
            if key >= len(obj):
                return default
            obj = obj[key]
        elif isinstance(obj, dict) and key in obj:
            obj = obj[key]
        else:
            return default
    return obj
print(get_path(records, "1.dims.w"), get_path(records, "0.tags.1"), get_path(records, "5.name", "?"), get_path(records, "2.nope"))
in_stock = [r["name"] for r in records if r["stock"]]
print(in_stock, sum(r["price"] * (r["stock"] or 0) for r in records))
by_tag = {}
for r in records:
    for t in r["tags"] or ["untagged"]:
        by_tag.setdefault(t, []).append(r["id"])
print(by_tag)
areas = {r["name"]: r["dims"]["w"] * r["dims"]["h"] for r in records}
print(areas, max(areas, key=areas.get))
try:
    to_json({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
