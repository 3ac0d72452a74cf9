# itertools: count, cycle, repeat, islice (laziness and argument checks)
import itertools
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10, 3), 4)))
print(list(islice(count(2.5, 0.5), 4)))
print(list(islice(count(5, -2), 4)))
c = count(7)
print(next(c), next(c), repr(c))
print(repr(count(1, 2)), repr(count()))
print(list(zip(count(1), "abc")))

print(list(islice(cycle("ab"), 7)))
print(list(cycle([])))
cy = cycle(x * x for x in range(3))
print([next(cy) for _ in range(8)])

print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)))
print(repr(repeat(4, 2)), repr(repeat('z')))
print(list(map(pow, range(5), repeat(2))))
r = repeat(None, 3)
print(r.__length_hint__())

# islice forms
data = list(range(20))
print(list(islice(data, 5)))
print(list(islice(data, 2, 8)))
print(list(islice(data, 2, None, 5)))
print(list(islice(data, None)))
print(list(islice(data, 3, 3)))
print(list(islice("abcdefg", 1, 6, 2)))

# islice consumes only what it needs
it = iter(range(10))
print(list(islice(it, 0, 8, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 3)), next(it))


def noisy():
    for i in range(100):
        print("produce", i)
        yield i


print(list(islice(noisy(), 1, 3)))

for bad in [(-1,), (1, -2), (0, 5, 0), ("a",), (1.5,)]:
    try:
        islice(data, *bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    islice(data)
except TypeError as e:
    print("TypeError:", e)

# laziness: infinite sources are fine
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 3, 6)))
print(type(count()).__name__, type(cycle("")).__name__, type(repeat(1)).__name__)
print(isinstance(itertools.chain(), itertools.chain))
