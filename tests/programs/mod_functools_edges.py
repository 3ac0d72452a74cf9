# functools: reduce errors, lru_cache keys and statistics, singledispatch registration
# rules, singledispatchmethod, cached_property errors, update_wrapper
import functools
from functools import (reduce, lru_cache, cache, singledispatch, singledispatchmethod,
                       cached_property, wraps, update_wrapper, partial)

print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(max, iter([3, 9, 2])), reduce(min, [], 0))
for args in ((lambda a, b: a, []), (lambda a, b: a, 5)):
    try:
        reduce(*args)
    except TypeError as exc:
        print("TypeError:", exc, exc.__context__, exc.__suppress_context__)


@lru_cache(maxsize=2)
def square(x, y=0):
    print("  computing", x, y)
    return x * x + y


for n in (1, 2, 1, 3, 2, 1, 1):
    square(n)
print(square(1, y=2), square(1, y=2), square(1, 2))
print(square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square.cache_info()._asdict())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    print("  typed miss", repr(x))
    return x


for v in (1, 1.0, 1, True, "1", "1"):
    typed(v)
print(typed.cache_info())


@cache
def kw(*args, **kwargs):
    return len(args) + len(kwargs)


for call in (lambda: kw(1, 2), lambda: kw(1, 2), lambda: kw(1, b=2), lambda: kw(1, b=2),
             lambda: kw((1,)), lambda: kw((1,))):
    call()
print(kw.cache_info())


@lru_cache(maxsize=-3)
def negative(x):
    return x


negative(1)
negative(1)
print(negative.cache_info())
try:
    lru_cache("big")
except TypeError as exc:
    print("TypeError:", exc)
print(lru_cache(4).__name__)


@lru_cache(maxsize=3)
def depth(n):
    return depth(n - 1) + 1 if n else 0


print(depth(12), depth.cache_info())


@singledispatch
def describe(obj):
    return "object"


@describe.register
def _(obj: int):
    return "int"


@describe.register(list)
def _(obj):
    return "list"


describe.register(str, lambda s: "str:" + s)
print(describe(1), describe(True), describe([1]), describe("s"), describe(None), describe(2.5))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
try:
    describe.register(3, len)
except TypeError as exc:
    print("TypeError:", exc)
try:
    @describe.register
    def _(obj: 3):
        return None
except TypeError as exc:
    print("TypeError:", exc)


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "generic"

    @area.register
    def _(self, arg: int):
        return "int %d" % arg

    @area.register(str)
    def _(self, arg):
        return "str " + arg


s = Shape()
print(s.area(3), s.area("x"), s.area(1.5), Shape.area.__name__)
try:
    singledispatchmethod(3)
except TypeError as exc:
    print("TypeError:", exc)


class Lazy:
    @cached_property
    def value(self):
        print("  computing value")
        return 42


lazy = Lazy()
print(lazy.value, lazy.value, Lazy.value.attrname, type(Lazy.__dict__["value"]).__name__)
loose = cached_property(lambda self: 1)
try:
    loose.__get__(lazy)
except TypeError as exc:
    print("TypeError:", exc)


def source():
    "source doc"


source.extra = "copied"


def target():
    pass


update_wrapper(target, source)
print(target.__name__, target.__doc__, target.extra, target.__wrapped__ is source)


def logged(fn):
    @wraps(fn)
    def inner(*args):
        return fn(*args)
    return inner


@logged
def add(a, b):
    "add two numbers"
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)
p = partial(partial(pow, 2), 5)
print(p(), p.args, repr(partial(int, base=2)))
