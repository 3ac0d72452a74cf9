# Descriptors: __get__/__set__/__set_name__, data vs non-data precedence
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p).items()))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__, Person.age.public)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class Holder2:
    attr = Data()
h2 = Holder2()
h2.__dict__["attr"] = "instance value"
print(h2.attr)
h2.attr = 5
class Counter:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class Thing:
    hits = Counter()
t = Thing()
print(t.hits, t.hits, Thing.hits, Thing.__dict__["hits"].reads)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    def __init__(self, v):
        self.v = v
    @Method
    def add(self, x):
        return self.v + x
print(UsesMethod(10).add(5), type(UsesMethod.add).__name__)
def plain(self):
    return "plain function bound to " + type(self).__name__
class Late:
    pass
Late.m = plain
print(Late().m(), Late.m(Late()))
bm = Late().m
print(bm.__self__.__class__.__name__, bm.__func__ is plain)
