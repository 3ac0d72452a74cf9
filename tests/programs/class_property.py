# property with getter/setter/deleter
class Celsius:
    def __init__(self, t=0):
        self._t = t
    @property
    def temp(self):
        print("getting")
        return self._t
    @temp.setter
    def temp(self, v):
        print("setting", v)
        if v < -273.15:
            raise ValueError("too cold")
        self._t = v
    @temp.deleter
    def temp(self):
        print("deleting")
        del self._t
    @property
    def fahrenheit(self):
        return self._t * 9 / 5 + 32
c = Celsius(25)
print(c.temp)
c.temp = 100
print(c.temp, c.fahrenheit)
try:
    c.temp = -300
except ValueError as e:
    print("ValueError:", e)
try:
    c.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del c.temp
print(hasattr(c, "_t"))
try:
    c.temp
except AttributeError as e:
    print("AttributeError:", e)
class Old:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, None, "the x")
o = Old()
o.x = 5
print(o.x, Old.x.__doc__)
try:
    del o.x
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, lz.computed)
print(type(Celsius.temp).__name__, Celsius.temp.fget.__name__)
class Base:
    @property
    def p(self):
        return "base"
class Derived(Base):
    @Base.p.getter
    def p(self):
        return "derived"
print(Base().p, Derived().p)
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
r = Rect(3, 4)
print(r.area)
r.w = 10
print(r.area)
class Shadow:
    @property
    def v(self):
        return "prop"
s = Shadow()
s.__dict__["v"] = "instance"
print(s.v)
