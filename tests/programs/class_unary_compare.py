# Unary operators and rich comparisons
import math
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __abs__(self):
        return Num(abs(self.v) * 100)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v) + 0.5
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return "rounded" if n is None else f"rounded to {n}"
    def __trunc__(self):
        return 7
    def __floor__(self):
        return 1
    def __ceil__(self):
        return 2
    def __eq__(self, o):
        print("eq", self.v, o)
        return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    __hash__ = None
n = Num(-3)
print(-n, +n, ~n, abs(n), int(n), float(n))
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print([10, 20, 30, 40][Num(2)], bin(Num(5)), hex(Num(255)))
print(Num(1) < Num(2), Num(1) > Num(2), Num(2) <= Num(2), Num(3) >= Num(4))
print(Num(1) == Num(1), Num(1) != Num(2))
print(Num(1) == 1)
print(sorted([Num(3), Num(1), Num(2)]))
print(max(Num(5), Num(9)), min([Num(4), Num(-1)]))
try:
    hash(Num(1))
except TypeError as e:
    print("TypeError:", e)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print(OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class Ne:
    def __eq__(self, o):
        return True
print(Ne() != Ne(), Ne() == 5, 5 == Ne())
class Weird:
    def __eq__(self, o):
        return "truthy-string"
print(Weird() == 1, [Weird()] == [Weird()])
class NI:
    def __eq__(self, o):
        return NotImplemented
x = NI()
print(x == x, x == NI(), x != x)
