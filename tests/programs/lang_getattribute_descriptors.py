# __getattribute__ vs descriptors, __getattr__ fallback from properties, dir/vars behaviour
class Trace:
    def __init__(self):
        self.hits = []
    def __get__(self, obj, owner):
        if obj is not None:
            obj.__dict__.setdefault("_trace", []).append("desc")
        return "descriptor value"

class Obj:
    d = Trace()
    def __init__(self):
        self.plain = 1
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<missing {name}>"
    @property
    def broken(self):
        raise AttributeError("inner failure")

o = Obj()
print(o.plain, o.d, o._trace, o.secret, o.nothing)
print("property raising AttributeError falls to __getattr__:", o.broken)

class DataDesc:
    def __get__(self, obj, owner):
        return "data-desc"
    def __set__(self, obj, v):
        obj.__dict__["stored"] = v
class NonData:
    def __get__(self, obj, owner):
        return "non-data"
class Prec:
    dd = DataDesc()
    nd = NonData()
p = Prec()
p.__dict__["dd"] = "instance dd"
p.__dict__["nd"] = "instance nd"
print("data descriptor wins:", p.dd, "| instance wins over non-data:", p.nd)
p.dd = 5
print("set via descriptor:", p.__dict__["stored"])

class Meta(type):
    def __getattr__(cls, name):
        return f"meta-{name}"
class WithMeta(metaclass=Meta):
    real = "r"
print(WithMeta.real, WithMeta.virtual)
try:
    WithMeta().virtual
except AttributeError as e:
    print("instance does not use metaclass __getattr__")

class Slots:
    __slots__ = ("a",)
    def __getattr__(self, name):
        return "slot-fallback:" + name
s = Slots()
print(s.a)
s.a = 1
print(s.a)

class Recursing:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self._helper(name)
    def _helper(self, n):
        return n[::-1]
r = Recursing()
print(r.hello, getattr(r, "_priv", "no-priv"))

class Counter:
    def __init__(self):
        object.__setattr__(self, "n", 0)
    def __getattribute__(self, name):
        if name != "n":
            object.__setattr__(self, "n", object.__getattribute__(self, "n") + 1)
        return object.__getattribute__(self, name)
    def a(self):
        return 1
c = Counter()
c.a(); c.a(); c.__class__
print("lookups counted:", c.n)
print(type(c).__name__, isinstance(c, Counter))
