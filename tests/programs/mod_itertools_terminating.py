# itertools: accumulate, chain, compress, dropwhile, filterfalse, takewhile,
# starmap, pairwise, zip_longest
import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse,
                       takewhile, starmap, pairwise, zip_longest, count, islice)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate("abc")))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
print(list(islice(accumulate(count(1)), 6)))

print(list(chain("ab", [1, 2], (), range(3))))
print(list(chain()))
print(list(chain.from_iterable(["xy", "z", ""])))
print(list(chain.from_iterable([x] * x for x in range(4))))
ch = chain([1], [2])
print(next(ch), next(ch), next(ch, "done"))
try:
    list(chain([1], 5))
except TypeError as e:
    print("TypeError:", e)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 2)))
print(list(compress(count(), [0, 1, 1, 0, 1])))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, count())))
print(list(dropwhile(lambda x: True, [1, 2])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))

print(list(pairwise("ABCDE")))
print(list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest(range(3), "ab", [True])))
print(list(zip_longest()))
print(list(zip_longest([], [])))
print(list(islice(zip_longest("ab", count(), fillvalue=0), 4)))
try:
    zip_longest(1, [2])
except TypeError as e:
    print("TypeError:", e)

# laziness: each stage pulls one item at a time
log = []


def src():
    for i in range(6):
        log.append(i)
        yield i


pipe = takewhile(lambda x: x < 3, starmap(operator.add, zip(src(), count())))
print(next(pipe), log)
print(list(pipe), log)
