# type (1 and 3 args), getattr/setattr/hasattr/delattr, callable, vars, globals, id, object, repr, hash
print(type(1), type("s"), type([]), type(None), type(type), type(len).__name__, type(1.0).__name__)
class C:
    x = 1
    def m(self):
        return "m"
print(type(C()), type(C), C.__name__, type(C()) is C)
D = type("D", (C,), {"y": 2, "double": lambda self: self.y * 2})
d = D()
print(D, D.__name__, D.__bases__, d.x, d.y, d.double(), d.m(), isinstance(d, C))
E = type("E", (), {})
print(E.__bases__, E.__mro__)
obj = C()
print(getattr(obj, "x"), getattr(obj, "nope", "default"), hasattr(obj, "m"), hasattr(obj, "zz"))
setattr(obj, "dyn", [1])
print(obj.dyn, vars(obj))
delattr(obj, "dyn")
print(vars(obj), hasattr(obj, "dyn"))
try:
    getattr(obj, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(obj, "x")
except AttributeError as e:
    print("AttributeError:", e)
print(callable(len), callable(C), callable(obj), callable(obj.m), callable(None), callable(lambda: 0))
class V:
    def __init__(self):
        self.a = 1
        self.b = "two"
print(vars(V()), sorted(k for k in vars(C) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
g = globals()
print(type(g).__name__, g["C"] is C, "V" in g, g["__name__"])
g["injected"] = 123
print(injected)
def local_fn():
    a, b = 1, 2
    return sorted(locals().items())
print(local_fn())
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), a is b)
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, type(o1).__name__, isinstance(o1, object))
try:
    o1.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(repr("s"), repr(1.5), repr([1, "a", None]), repr((1,)), repr({"k": (1, 2)}), repr(None), repr(True), repr(b"b"))
print(hash(1) == hash(1.0), hash("x") == hash("x"), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None))
print(isinstance(hash("anything"), int), hash(-1) == -2, hash(0))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, (str, (float, int))), issubclass(D, (int, C)), isinstance(D, type))
print(type(int("5")) is int, type(True) is bool, type(3) == int, type(2 ** 100) is int)
print(dir(C()) == dir(C()), "m" in dir(C), "__init__" in dir(object))
