# __getattribute__ and __getattr__ interplay
class Logged:
    def __init__(self):
        self.x = 1
        self.log = []
    def __getattribute__(self, name):
        if name not in ("log", "__dict__", "__class__"):
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"

o = Logged()
print(o.x, o.method())
print("log:", o.log)

class Fallback:
    a = 10
    def __getattr__(self, name):
        return "fallback:" + name

f = Fallback()
print(f.a, f.b, f.zzz)
f.b = "real"
print(f.b)

class Both:
    def __getattribute__(self, name):
        if name.startswith("bad"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr(" + name + ")"
    good = "good"

b = Both()
print(b.good, b.bad_one, b.missing)

class Upper:
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        if isinstance(v, str):
            return v.upper()
        return v
    greeting = "hello"
    n = 3
u = Upper()
print(u.greeting, u.n)
print("getattr builtin:", getattr(u, "greeting"))
print("hasattr missing:", hasattr(u, "nope"))
print("getattr default:", getattr(u, "nope", "dflt"))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_target"), name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)

class Target:
    def __init__(self):
        self.value = 5
    def double(self):
        return self.value * 2
t = Target()
p = Proxy(t)
print("proxy value:", p.value, p.double())
p.value = 21
print("target changed:", t.value, p.double())
print("proxy dict:", sorted(p.__dict__))

class Counting:
    count = 0
    def __getattr__(self, name):
        type(self).count += 1
        if name == "stop":
            raise AttributeError("no stop")
        return len(name)
c = Counting()
print(c.abc, c.abcdef, Counting.count)
try:
    c.stop
except AttributeError as e:
    print("AttributeError:", e)
