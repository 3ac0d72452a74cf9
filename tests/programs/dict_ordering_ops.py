# dict insertion ordering through operations
d = {}
for k in ["b", "a", "c"]:
    d[k] = len(d)
print(list(d), list(d.values()))
d["a"] = 99
print("update keeps position:", list(d.items()))
del d["b"]
d["b"] = 5
print("re-insert goes last:", list(d))
d.pop("a")
d.setdefault("z", 0)
d.setdefault("c", 100)
print(d)
d.update([("y", 1), ("c", 2)], x=3)
print(d)
print("popitem LIFO:", d.popitem(), d.popitem(), list(d))
m = {"x": 1, "y": 2} | {"y": 20, "w": 4}
print("merge:", m)
m |= {"a": 0, "x": 10}
print("ior:", m)
print("fromkeys:", dict.fromkeys("hello"))
print("comprehension:", {c: i for i, c in enumerate("mississippi")})
print("reversed:", list(reversed({"p": 1, "q": 2, "r": 3})))
print("reversed items:", list(reversed({"p": 1, "q": 2}.items())))
e1 = {"a": 1, "b": 2}
e2 = {"b": 2, "a": 1}
print("eq ignores order:", e1 == e2, list(e1) == list(e2))
c = e1.copy()
c["c"] = 3
print("copy:", c, e1)
print("dict(zip):", dict(zip("cab", range(3))))
s = {}
for w in "the cat and the dog and the bird".split():
    s[w] = s.get(w, 0) + 1
print("counts in first-seen order:", s)
print("sorted by value then key:", sorted(s.items(), key=lambda kv: (-kv[1], kv[0])))
keys = d.keys()
d["new"] = 1
print("live view:", list(keys))
print("keys set ops:", sorted({"a": 1, "b": 2}.keys() & {"b", "c"}), sorted({"a": 1}.keys() | {"z"}))
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
nested = {"outer": {"z": 1, "a": 2}, "first": []}
nested["outer"]["m"] = 3
print(nested)
od = dict(sorted({"k3": 3, "k1": 1, "k2": 2}.items()))
print("sorted rebuild:", od)
print("kwargs order:", (lambda **kw: list(kw))(z=1, a=2, m=3))
