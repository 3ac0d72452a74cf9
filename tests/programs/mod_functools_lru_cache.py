# functools: lru_cache and cache
from functools import lru_cache, cache
import functools

calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls))
print(fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0])
print(tuple(info), type(info).__name__)
fib.cache_clear()
print(fib.cache_info())


@lru_cache
def square(x):
    calls.append(("sq", x))
    return x * x


calls.clear()
print(square(3), square(3), square(4), calls)
print(square.cache_info(), square.__name__, square.__wrapped__.__name__)


@lru_cache(maxsize=2)
def ident(x):
    calls.append(x)
    return x


calls.clear()
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(calls, ident.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(typed=True)
def typed(x):
    calls.append(repr(x))
    return x


calls.clear()
typed(1)
typed(1.0)
typed(1)
print(calls, typed.cache_info().currsize)


@lru_cache()
def kw(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=3), kw(1, c=3))
print(len(calls), kw.cache_info().hits)
try:
    kw([1])
except TypeError as e:
    print("TypeError:", e)


@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


print(count_paths(10, 10), count_paths.cache_info())
print(kw.cache_parameters(), square.cache_parameters())


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=16)
    def area(self):
        calls.append(self.r)
        return 3 * self.r * self.r


calls.clear()
c = Circle(2)
print(c.area(), c.area(), Circle(3).area(), calls)
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
print(lru_cache(maxsize=-3)(abs).cache_info().maxsize)
print(functools.lru_cache(10)(len)("abc"))
