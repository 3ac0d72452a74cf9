# collections.Counter: multiset operators and comparisons at the edges (ties, zero and negative counts, int/float/bool counts, subclasses)
from collections import Counter
from fractions import Fraction

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

c = Counter("abracadabra")
print(c, c.total(), c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=True).elements()))
attempt("elements float", lambda: list(Counter(a=2.0).elements()))
print(Counter(), Counter({}), Counter(a=1), Counter({"x": 2}, x=3), Counter("aab", b=5))
d = Counter("ab"); d.update("abc"); d.update({"a": 10, "z": 1}); d.update(k=2); d.update(); print(d)
e = Counter(); e.update({"q": 3}); print(e)
d.subtract("aaz"); d.subtract({"b": 5, "new": 2}); d.subtract(c=1); d.subtract(); print(d)
attempt("fromkeys", lambda: Counter.fromkeys("ab"))
x = Counter(a=3, b=1, c=-2, d=0); y = Counter(a=1, b=4, e=2, f=-3)
for label, fn in [("+", lambda: x + y), ("-", lambda: x - y), ("|", lambda: x | y), ("&", lambda: x & y),
                  ("pos", lambda: +x), ("neg", lambda: -x), ("==", lambda: x == y), ("!=", lambda: x != y),
                  ("<=", lambda: (x <= y, Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) <= Counter(a=1))),
                  ("<", lambda: (Counter(a=1) < Counter(a=1, b=1), Counter(a=1) < Counter(a=1))),
                  (">=", lambda: (y >= x, Counter(a=2, b=1) >= Counter(a=1))),
                  (">", lambda: (Counter(a=2, b=1) > Counter(a=1), Counter(a=1) > Counter(a=1))),
                  ("eq zero", lambda: Counter(a=1, b=0) == Counter(a=1)),
                  ("eq dict", lambda: (Counter(a=1) == {"a": 1}, Counter(a=1) != {"a": 1})),
                  ("lt dict", lambda: Counter(a=1) < {"a": 2}),
                  ("+ dict", lambda: Counter(a=1) + {"a": 2}),
                  ("types", lambda: (Counter(a=1) & Counter(a=1.0), Counter(a=1.0) & Counter(a=1), Counter(a=1) | Counter(a=1.0), Counter(a=1.0) | Counter(a=1))),
                  ("bool", lambda: (Counter() + Counter(a=True), Counter(a=True) + Counter(), -Counter(a=-True))),
                  ("frac", lambda: Counter(a=Fraction(1, 2)) + Counter(a=Fraction(1, 3), b=Fraction(-1, 2))),
                  ("hash", lambda: hash(Counter()))]:
    attempt(label, fn)
z = Counter(a=3, b=1, c=-2); z += Counter(a=-1, b=-1, d=5); print("+=", z)
z = Counter(a=3, b=1, c=-2); z -= Counter(a=5, e=-2); print("-=", z)
z = Counter(a=3, b=1, c=-2); z |= Counter(a=1, b=4, d=-1, e=2); print("|=", z)
z = Counter(a=3, b=1, c=-2); z &= Counter(a=1, b=4); print("&=", z)
z = Counter(a=3, b=2)
try:
    z &= {"a": 1}
except KeyError as e:
    print("&= dict KeyError", e, z)
z = Counter(a=1); z += {"b": 2}; print(z)
w = Counter(a=1); i = id(w); w += Counter(b=1); print(id(w) == i)
del w["zz"]; del w["a"]; print(w, w["missing"], "missing" in w)
print(repr(Counter({"a": 1, "b": "x"})), repr(Counter(b=1, a=3, c=2)))
class Sub(Counter):
    pass
s = Sub("aab")
print(repr(s), repr(Sub()), type(s.copy()).__name__, s.copy(), type(s + s).__name__, s.__reduce__())
print(Counter(a=1).copy(), Counter("hello") == Counter("olleh"))
print(list(Counter("zyx").keys()), Counter("bbaac").most_common(), Counter(["b", "a", "b", "a"]).most_common(1))
attempt("iter err", lambda: Counter(5))
attempt("sub non-int", lambda: Counter(a=1) - Counter(a="x"))
