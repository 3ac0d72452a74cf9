# itertools: groupby (shared underlying iterator) and tee (independent copies)
from itertools import groupby, tee, islice, count

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))

for key, group in groupby(sorted(words, key=len), key=len):
    print(key, sorted(group))

# advancing the outer iterator invalidates the previous group
groups = groupby("aaabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))

# a partially consumed group
groups = groupby("xxxyyz")
k, g = next(groups)
print(k, next(g))
k, g = next(groups)
print(k, list(g))
k, g = next(groups)
print(k, list(g), next(groups, "end"))

# empty input, keys that are objects
print(list(groupby([])))
records = [(1, "a"), (1, "b"), (2, "c"), (1, "d")]
print([(k, [v for _, v in g]) for k, g in groupby(records, key=lambda r: r[0])])
print([(k, list(g)) for k, g in groupby([1.0, 1, True, 2, 2.0])])

# groupby on an infinite iterator
gb = groupby(count(), key=lambda n: n // 3)
print([(k, list(g)) for k, g in islice(gb, 3)])

# tee
a, b = tee([1, 2, 3, 4])
print(list(a), list(b))
a, b, c = tee(iter("xyz"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee("abc", 0), len(tee("abc", 1)))
try:
    tee("abc", -1)
except ValueError as e:
    print("ValueError:", e)

# tee pulls from the source only once per item
pulled = []


def source():
    for i in range(4):
        pulled.append(i)
        yield i


x, y = tee(source())
print(next(x), next(x), pulled)
print(list(y), pulled)
print(list(x), pulled)

# tee of a tee, and copying
p, q = tee(count())
next(p)
r, s = tee(p)
print(next(r), next(s), next(p), next(q))


def windows(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)


print(list(windows(range(6), 3)))
