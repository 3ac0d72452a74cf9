# Classes: methods, instance and class attributes, __init__
class Point:
    dims = 2
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
q = p.moved(1, 1)
print(p, q, p.norm2(), q.norm2())
print(Point.count, p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims, q.dims)
del p.dims
print(p.dims)
Point.dims = 10
print(p.dims, q.dims)
print(type(p), type(p).__name__, Point.__name__)
print(isinstance(p, Point), isinstance(3, Point))
m = p.norm2
print(m(), Point.norm2(q))
print(sorted(vars(p).items()))
print(p.__dict__)
p.z = 99
print(p.__dict__)
class Empty:
    pass
e = Empty()
e.anything = [1, 2]
print(e.anything, type(e).__name__)
class Counter:
    def __init__(self):
        self.items = []
    def add(self, v):
        self.items.append(v)
        return self
    def total(self):
        return sum(self.items)
print(Counter().add(1).add(2).add(39).total())
a, b = Counter(), Counter()
a.add(1)
print(a.items, b.items)
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
s1, s2 = Shared(), Shared()
s1.add("x")
print(s2.items, Shared.items is s1.items)
class WithDoc:
    """The doc."""
print(WithDoc.__doc__, WithDoc.__module__)
print(getattr(p, "x"), getattr(p, "missing", "dflt"))
setattr(p, "x", 30)
print(p)
class Temp:
    def __init__(self, c):
        self.c = c
    def to_f(self):
        return self.c * 9 / 5 + 32
print([Temp(c).to_f() for c in (-40, 0, 37, 100)])
