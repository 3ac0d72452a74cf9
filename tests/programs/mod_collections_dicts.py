# collections.defaultdict, OrderedDict and ChainMap
from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], dd.default_factory)
print(dict(dd), "c" in dd, dd.get("c"), len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts)
nd = defaultdict()
try:
    nd["x"]
except KeyError as e:
    print("KeyError", e)
print(nd, defaultdict(lambda: 5, {"q": 1})["z"] if False else "skip")
tree = defaultdict(lambda: defaultdict(int))
tree["x"]["y"] += 2
print(tree["x"]["y"], isinstance(dd, dict), dd == {"a": [1, 3], "b": [2]})
cp = dd.copy()
cp["z"].append(0)
print(type(cp).__name__, sorted(cp), sorted(dd))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)

od = OrderedDict()
od["x"] = 1
od["y"] = 2
od["z"] = 3
print(od, list(od.keys()))
od.move_to_end("x")
print(od)
od.move_to_end("z", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
a = OrderedDict([("p", 1), ("q", 2)])
b = OrderedDict([("q", 2), ("p", 1)])
print(a == b, dict(a) == dict(b), a == {"q": 2, "p": 1})
print(OrderedDict(), OrderedDict.fromkeys("ab", 0), list(reversed(a)))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    a.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
a.update(r=3)
print(a, a.pop("p"), a.setdefault("s", 9), a)

base = {"color": "red", "size": 1}
over = {"color": "blue"}
cm = ChainMap(over, base)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.get("nope", "-"))
cm["size"] = 5
print(over, base)
child = cm.new_child({"size": 10})
print(child["size"], child.parents["size"], child.maps[0])
del cm["color"]
print(cm["color"], cm)
try:
    del cm["color"]
except KeyError as e:
    print("KeyError", e)
print(dict(ChainMap({"a": 1}, {"b": 2, "a": 3})), "b" in ChainMap({}, {"b": 1}))
