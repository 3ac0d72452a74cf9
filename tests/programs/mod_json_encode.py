# json: dumps with indent, sort_keys, separators, ensure_ascii, default, cls and errors
import json
data = {"name": "Strata", "version": 3, "ratio": 0.1, "tags": ["a", "b"], "nested": {"x": None, "y": True, "z": False}, "empty": [], "e2": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3, []]]], indent=3, separators=(", ", " = ")))
print(json.dumps("h\u00e9llo \u20ac \U0001f600 \x00\x1f\x7f \"q\" \\ / \n\t\r\b\f"))
print(json.dumps("h\u00e9llo \u20ac \U0001f600 \x01", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 1.0, -0.0, 10**30, 1e-7]))
print(json.dumps((1, 2)), json.dumps(None), json.dumps(12), json.dumps("s"), json.dumps(3.14))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps({"p": P(1, 2)}, default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps([P(1, 2)], default=lambda o: [o.x, o.y], indent=1))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc(indent=2).encode([{1}]))
print(json.dumps(True), json.dumps([True, False, None]))
for bad in [float("nan"), {(1, 2): 3}, object(), {1, 2}]:
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
shared = [1]
print(json.dumps([shared, shared]))
rt = json.loads(json.dumps(data))
print(rt == data, json.loads(json.dumps(data, indent=4)) == data)
print(json.dumps([0.1 + 0.2, 1 / 3, 2.5e-300, 123456789.125]))
