# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, repr order
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common()[-1], c["a"], c["zzz"], "zzz" in c)
print(sorted(c.elements()))
print(c.total(), len(c), sorted(c))
c.update("aaz")
c.update({"b": 5})
print(c)
c.subtract({"a": 10, "q": 2})
print(c)
print(+c, -c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=4)
print(d + e, d - e, e - d)
print(d | e, d & e)
print(Counter(x=2, y=2, z=3, w=2))
words = "the cat and the dog and the bird".split()
wc = Counter(words)
for word, n in wc.most_common(3):
    print(word, n)
del wc["the"]
del wc["nothing"]
print(wc, Counter())
print(Counter({"a": 1}) == Counter({"a": 1, "b": 0}), Counter(a=1) == {"a": 1})
f = Counter(a=2, b=-1)
f += Counter(b=3)
print(f)
f -= Counter(a=5)
print(f)
g = Counter(a=1, b=2)
g |= Counter(a=3)
print(g)
g &= Counter(a=2, b=5)
print(g)
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), isinstance(c, dict))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1)[0], dict(Counter("aab")))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
h = c.copy()
h["new"] += 1
print(h["new"], c["new"], type(h).__name__)
