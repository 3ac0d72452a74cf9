"""A hand-written JSON-ish pretty printer, compared with the json module."""
import json


def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def pretty(value, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + pretty(v, indent, level + 1, sort_keys) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        items = [
            f"{pad}{escape(str(k))}: {pretty(value[k], indent, level + 1, sort_keys)}"
            for k in keys
        ]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def compact(value):
    if isinstance(value, dict):
        return "{" + ",".join(f"{escape(str(k))}:{compact(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(compact(v) for v in value) + "]"
    return pretty(value)


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


doc = {
    "name": "strata",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.25,
    "authors": [{"name": "Ada", "email": "ada@example.org"}, {"name": "Linus\tT", "tags": []}],
    "notes": "line1\nline2 \"quoted\" back\\slash",
    "empty": {},
    "nested": {"z": {"y": {"x": [1, [2, [3, {}]]]}}},
}

mine = pretty(doc)
theirs = json.dumps(doc, indent=2)
print(mine)
print("matches json.dumps:", mine == theirs)
print("sorted matches:", pretty(doc, 4, sort_keys=True) == json.dumps(doc, indent=4, sort_keys=True))
print("compact matches:", compact(doc) == json.dumps(doc, separators=(",", ":")))
print("depth:", depth(doc))
back = json.loads(mine)
print("round trip equal:", back == doc)
print("authors:", [a["name"] for a in back["authors"]])
try:
    pretty({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"bad": object()})
except TypeError as e:
    print("json TypeError:", e)
for text in ['{"a": [1, 2, }', "[1, 2", '{"k" 1}', "nul"]:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print("decode error:", e.msg, "at", e.pos)
