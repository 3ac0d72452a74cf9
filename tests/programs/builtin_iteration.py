# enumerate, zip, map, filter, sorted, reversed, iter with sentinel, next with default
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["ab", "c"])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({"b": 1, "a": 2}))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([-3, 2, -1], key=abs))
recs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
data = [5, 4, 0, 3]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 0)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
m = map(int, "123")
print(next(m), list(m), list(m))
z = zip(range(3), range(10, 13))
print(next(z), list(z))
e = enumerate("xy")
print(type(e).__name__, type(z).__name__, type(m).__name__, type(iter([])).__name__, type(reversed([])).__name__)
print(list(zip(range(5), "abc", [True, False])))
print(dict(enumerate("ab")), dict(zip("ab", range(2))))
pairs = list(zip("abc", [1, 2, 3]))
letters, numbers = zip(*pairs)
print(letters, numbers)
print(list(map(pow, [2, 3], [3, 2])), list(filter(lambda x: x > 1, map(abs, [-3, 1, -2]))))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
