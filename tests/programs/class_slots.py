# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError as e:
    print("AttributeError:", e)
q.a = "set"
print(q.a)
del q.a
print(hasattr(q, "a"))
class R(P):
    pass
r = R(1, 2)
r.extra = "ok"
print(r.extra, hasattr(r, "__dict__"))
class S(P):
    __slots__ = ("z",)
s = S(1, 2)
s.z = 3
print(s.x, s.y, s.z)
try:
    s.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
print(P.__slots__, S.__slots__)
print(type(P.__dict__["x"]).__name__)
class SlotDefault:
    __slots__ = ("v",)
    kind = "class attr"
sd = SlotDefault()
print(sd.kind)
try:
    sd.kind = "x"
except AttributeError as e:
    print("AttributeError:", e)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
print(sum([Vec(1, 2), Vec(3, 4)], Vec(0, 0)))
