# dataclasses: init/repr/eq, defaults and default_factory, post_init, asdict/astuple/fields/replace
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print([f.name for f in fields(Point)], fields(p)[1].default, is_dataclass(p), is_dataclass(1))
print(asdict(p), astuple(p), replace(p, y=9), p)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)

a = Inventory("ann")
b = Inventory("bob", ["x"])
a.items.append("sword")
print(a, b, Inventory("ann", ["sword"], count=5) == a)
print(asdict(b))

@dataclass
class Line:
    start: Point
    end: Point
    label: str = "L"

ln = Line(Point(0, 0), Point(3, 4))
print(ln)
print(asdict(ln), astuple(ln))

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h

r = Rect(2, 3.5)
print(r, r.area)

@dataclass
class Base:
    a: int
    b: str = "b"

@dataclass
class Derived(Base):
    c: float = 1.5
    def total(self):
        return self.a + self.c

d = Derived(1, c=2.5)
print(d, d.total(), [f.name for f in fields(Derived)])
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass(repr=False, eq=False)
class Plain:
    v: int
pl = Plain(1)
print(pl == Plain(1), pl.v, "object at" in repr(pl))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__match_args__)
