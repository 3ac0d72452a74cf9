# __call__, __bool__, __getattr__, __getattribute__, __setattr__, __delattr__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, scale=1):
        return (self.n + x) * scale
add5 = Adder(5)
print(add5(10), add5(1, scale=3), callable(add5), callable(Adder))
print(list(map(Adder(100), [1, 2, 3])))
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
print(bool(Truth(True)), not Truth(False))
if Truth(False):
    print("no")
else:
    print("falsy object")
print(Truth(True) and "and-result")
class LenTruth:
    def __len__(self):
        return 0
print(bool(LenTruth()), bool(object()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class Dyn:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: "dynamic " + name[4:]
        raise AttributeError(f"no attribute {name!r}")
d = Dyn()
print(d.real, d.get_thing(), getattr(d, "get_x")())
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d, "get_y"), hasattr(d, "zzz"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
lg = Logged()
lg.a = 1
lg.b = 2
del lg.a
print(lg.log, lg.b, hasattr(lg, "a"))
class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
sp = Spy()
print(sp.x, sp.secret)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("proxying", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))
class Fallback:
    def __getattr__(self, name):
        return 42
f = Fallback()
f.x = 1
print(f.x, f.y, f.anything_else)
