# collections.namedtuple: fields, defaults, _make, _asdict, _replace, repr, tuple behaviour
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p))
print(Point._fields, Point.__name__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), p)
print(Point._make([5, 6]), Point._make(range(2)))
Color = namedtuple("Color", "red green blue", defaults=[0, 255])
print(Color(1), Color(1, 2, 3), Color._field_defaults)
Person = namedtuple("Person", "name, age")
people = [Person("bob", 30), Person("al", 25), Person("cy", 30)]
print(sorted(people), max(people, key=lambda q: q.age))
print([q.name for q in sorted(people, key=lambda q: (q.age, q.name))])
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["_a"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["class"])
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", ["a", "def", "a"], rename=True)
print(R._fields)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__)
One = namedtuple("One", "only")
print(One(5), One._make([7]))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], Point(1, 2) < Point(1, 3), p * 2, p + (3,))
print(p.count(1), p.index(2), Point.x.__doc__)
