# properties: computed, validated, cached, deleters, inheritance
class Temperature:
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print("has _c:", hasattr(t, "_c"))
try:
    t.celsius
except AttributeError:
    print("AttributeError after delete")

class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError:
    print("cannot set read-only property")
try:
    del r.value
except AttributeError:
    print("cannot delete property without deleter")

class Lazy:
    computed = 0
    @property
    def data(self):
        if "_data" not in self.__dict__:
            Lazy.computed += 1
            self._data = [i * i for i in range(5)]
        return self._data
lz = Lazy()
print(lz.data, lz.data is lz.data, Lazy.computed)

class Base:
    @property
    def name(self):
        return "base"
    @property
    def kind(self):
        return "kind:" + self.name
class Derived(Base):
    @property
    def name(self):
        return "derived+" + super().name
print(Derived().kind, Base().kind)

class Ext(Base):
    @Base.name.getter
    def name(self):
        return "ext"
print(Ext().name, type(Base.__dict__["name"]).__name__)

p = property(lambda self: "manual", doc="a doc")
class M:
    x = p
print(M().x, M.x.__doc__, M.x.fget is not None, M.x.fset)

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    def _get_dims(self):
        return (self.w, self.h)
    def _set_dims(self, d):
        self.w, self.h = d
    dims = property(_get_dims, _set_dims)
rc = Rect(2, 3)
print(rc.area, rc.dims)
rc.dims = (4, 5)
print(rc.area, rc.dims)
print("instance dict shadow:", end=" ")
rc.__dict__["area"] = "shadow"
print(rc.area)
