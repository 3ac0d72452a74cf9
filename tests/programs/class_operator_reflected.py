# reflected operators and NotImplemented chains
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        print("  V.__add__")
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("  V.__radd__")
        if isinstance(o, int):
            return V(o + self.x)
        return NotImplemented
    def __mul__(self, o):
        return V(self.x * o) if isinstance(o, int) else NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        print("  V.__eq__")
        return isinstance(o, V) and self.x == o.x

print(V(1) + V(2))
print(V(1) + 5)
print(5 + V(1))
print(3 * V(2), V(2) * 3)
print(sum([V(1), V(2), V(3)]))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + V(1)
except TypeError as e:
    print("TypeError:", e)

class W(V):
    def __radd__(self, o):
        print("  W.__radd__")
        return W(100)
    def __repr__(self):
        return f"W({self.x})"
print("subclass reflected first:", V(1) + W(2))

class Other:
    def __eq__(self, o):
        print("  Other.__eq__")
        return NotImplemented
print("eq fallback:", Other() == Other())
print("eq V/Other:", V(1) == Other())
print("ne:", V(1) != V(1))

class Ordered:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("  lt")
        return NotImplemented
    def __gt__(self, o):
        print("  gt")
        return self.n > o.n
print("lt reflected to gt:", Ordered(1) < Ordered(2))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        print("  __add__ used")
        return self
a = Acc()
b = a
a += 1
a += 2
print("iadd in place:", a is b, a.items)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
c = OnlyAdd(1)
d = c
c += 5
print("iadd fallback:", c is d, c.v, d.v)

class Pw:
    def __rpow__(self, base):
        return f"rpow({base})"
    def __rsub__(self, o):
        return f"rsub({o})"
    def __rtruediv__(self, o):
        return f"rtruediv({o})"
    def __rmatmul__(self, o):
        return "rmatmul"
    def __rlshift__(self, o):
        return "rlshift"
print(2 ** Pw(), 10 - Pw(), 1 / Pw(), 3 << Pw())
print(divmod(7, 2), pow(2, 5), 7 .__rsub__(10), (3).__radd__(4), (3).__add__(1.5))
