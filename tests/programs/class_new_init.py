# __new__ and __init__
class Tracked:
    def __new__(cls, *args, **kw):
        print("__new__", cls.__name__, args, kw)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a = a
        self.b = b
t = Tracked(1, b=2)
print(t.created, t.a, t.b)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.n = 0
        return cls._inst
s1 = Singleton()
s2 = Singleton()
s1.n += 5
print(s1 is s2, s2.n)
class NotMine:
    def __init__(self):
        print("NotMine init should not run")
class Factory:
    def __new__(cls):
        return NotMine.__new__(NotMine)
    def __init__(self):
        print("Factory init should not run")
f = Factory()
print(type(f).__name__)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", len(u))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            v = -v
        return super().__new__(cls, v)
print(Pos(-5), Pos(7) + 1)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(3, 4)
print(p, p.first, len(p), isinstance(p, tuple))
class InitReturns:
    def __init__(self):
        return None
print(type(InitReturns()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class Cnt:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCnt(Cnt):
    pass
Cnt(); Cnt(); SubCnt()
print(Cnt.instances, SubCnt.instances)
obj = object.__new__(Tracked)
print(hasattr(obj, "a"), type(obj).__name__)
