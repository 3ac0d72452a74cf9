# functools: reduce and partial
import functools
import operator
from functools import reduce, partial

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
print(reduce(operator.mul, range(1, 11)))
print(reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], "init"))
print(reduce(operator.add, [5]))
print(reduce(lambda a, b: a + [b], "abc", []))
print(reduce(operator.concat, (x for x in ["ab", "cd", "ef"])))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print("TypeError:", e)


def power(base, exponent, *, mod=None):
    r = base ** exponent
    return r % mod if mod else r


square = partial(power, exponent=2)
print(square(7), square(3, exponent=3))
two_to = partial(power, 2)
print(two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords)
print(two_to.args, two_to.keywords)

basetwo = partial(int, base=2)
print(basetwo("10010"), basetwo("111", base=10))
print(repr(basetwo))
print(repr(partial(max, 1, 2, key=abs)))
p = partial(partial(max, 1), 2)
print(repr(p), p(3), p.args)
print(partial(sorted, reverse=True)([3, 1, 2]))


def show(*args, **kw):
    return f"args={args} kw={kw}"


q = partial(show, 1, a=1)
print(q(2, b=2))
print(q(a=5))
print(partial(show)())
print(callable(q), type(q).__name__)
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

adders = [partial(operator.add, n) for n in range(3)]
print([f(10) for f in adders])
print(list(map(partial(operator.mul, 3), [1, 2, 3])))


class Greeter:
    def greet(self, greeting, name):
        return f"{greeting}, {name}!"

    hello = functools.partialmethod(greet, "Hello")


print(Greeter().hello("Ada"))
