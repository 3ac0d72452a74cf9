# dict methods and ordering
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 20
print(d)
del d["b"]
d["b"] = 200
print(d)
print(d.pop("a"), d.pop("missing", "dflt"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("c", 99), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
d.update({"x": 1, "c": 33})
d.update(y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
c = d.copy()
c["new"] = 1
print(len(d), len(c))
c.clear()
print(c)
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("xy", [1, 2])), dict({1: 2}, three=3))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
print({**{"a": 1}, **{"b": 2}}, {"a": 1} | {"a": 2, "b": 3})
m = {"a": 1}
m |= {"c": 3}
print(m)
try:
    {}["k"]
except KeyError as e:
    print("KeyError:", repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
keys = d.keys()
d["late"] = 0
print(list(keys), len(keys), "late" in keys)
print(sorted(d.items(), key=lambda kv: str(kv[0])))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
nested = {"outer": {"inner": {"leaf": 1}}}
print(nested["outer"]["inner"]["leaf"], nested.get("outer", {}).get("nope", "x"))
print({1: 1, 1.0: 2, True: 3}, {(1, 2): "tuple key"}[(1, 2)])
e = {}
for i, ch in enumerate("hello"):
    e.setdefault(ch, []).append(i)
print(e)
print(list(reversed({"x": 1, "y": 2, "z": 3})), list(reversed({"a": 1}.items())))
try:
    for k in d:
        d["boom" + str(k)] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
print(dict(sorted({"b": 1, "a": 2}.items())), max({"a": 5, "b": 9}, key=lambda k: {"a": 5, "b": 9}[k]))
