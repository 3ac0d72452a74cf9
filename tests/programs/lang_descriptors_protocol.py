# User descriptors: __get__/__set__/__delete__, data vs non-data precedence, __set_name__,
# descriptors on metaclasses, __getattribute__ overrides, type() with 3 args
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
p.__dict__["name"] = "shadow"
print(p.name)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in vars(c))

class ReadOnly:
    def __get__(self, obj, owner):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class Holder:
    x = ReadOnly()
h = Holder()
try:
    h.x = 1
except AttributeError as e:
    print("AttributeError:", e)
h.__dict__["x"] = 7
print(h.x)

class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, owner):
        self.reads += 1
        return owner.__name__
class Meta(type):
    label = Counted()
class A(metaclass=Meta):
    pass
print(A.label, A.label, Meta.__dict__["label"].reads)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name in ("_target", "log", "__class__", "__dict__"):
            return object.__getattribute__(self, name)
        self.log.append(name)
        return getattr(object.__getattribute__(self, "_target"), name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
tgt = Circle(5)
px = Proxy(tgt)
px.r = 10
print(px.r, px.area, tgt.r, px.log)

Point = type("Point", (), {"x": 0, "__init__": lambda self, y: setattr(self, "y", y),
                           "total": lambda self: self.x + self.y})
pt = Point(4)
print(Point.__name__, pt.total(), type(pt) is Point, Point.__bases__)
Sub = type("Sub", (Point,), {"x": 10})
print(Sub(1).total(), Sub.__mro__[1].__name__, isinstance(Sub(0), Point))
