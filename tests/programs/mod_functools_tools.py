# functools: partial, reduce, lru_cache, cache, total_ordering, cached_property, singledispatch, wraps
import functools
from functools import partial, reduce, lru_cache, total_ordering, wraps

def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), square.keywords, square.func is power)
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args)
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + [b], "xyz", []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

@lru_cache(maxsize=3)
def slow(n):
    print("  computing", n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2]:
    slow(n)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())

@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), Version("1.2") >= Version("1.1"), Version("2.0") <= Version("1.9"))

class Data:
    def __init__(self, xs):
        self.xs = xs
    @functools.cached_property
    def total(self):
        print("  summing")
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, "total" in d.__dict__)
del d.total
print(d.total)

@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int " + str(x)
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
print(describe(5), describe([1, 2]), describe("s"), describe(True))

def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return ("logged", fn(*a, **k))
    return wrapper
@logged
def add(a, b):
    "Add two things."
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(3, 4))
print(functools.reduce(lambda acc, f: f(acc), [str.strip, str.upper, lambda s: s[::-1]], "  abc "))
