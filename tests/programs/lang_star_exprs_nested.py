# star expressions in nested targets, loops, comprehensions, and calls
data = [("a", 1, 2, 3), ("b", 4), ("c",)]
for name, *nums in data:
    print(name, nums, sum(nums))
print([(h, t) for h, *t in ["xyz", "pq", "s"]])
print({k: v for k, *v in [(1, 2, 3), (4, 5)]})
(a, *b), (*c, d) = "abc", "def"
print(a, b, c, d)
[[x, *y], *z] = [[1, 2, 3], [4], [5]]
print(x, y, z)
first, *_, last = range(10)
print(first, last, _)
head, *tail = iter([10, 20, 30])
print(head, tail)
m, *n = {"k": 1, "j": 2}.items()
print(m, n)
def swap_ends(seq):
    f, *mid, l = seq
    return [l, *mid, f]
print(swap_ends([1, 2, 3, 4]), swap_ends("ab"))
def merge(*dicts, **extra):
    return {**{k: v for d in dicts for k, v in d.items()}, **extra}
print(merge({"a": 1}, {"b": 2, "a": 3}, c=4))
args = (1, 2)
kwargs = {"sep": "|", "end": "!\n"}
print(*args, *"xy", **kwargs)
print(max(*[3, 9, 2]), min(*"hello"), list(map(lambda *p: sum(p), [1, 2], [10, 20], [100, 200])))
t = 1, *[2, 3], 4
s = {*t, *()}
l = [*t[::-1]]
print(t, sorted(s), l, type(t).__name__)
i = 0
vals = [0] * 4
i, vals[i] = 2, 9
print(i, vals)
pairs = [(1, (2, 3)), (4, (5, 6))]
print([p + q + r for p, (q, r) in pairs])
try:
    (a, b), c = [1, 2, 3], 4
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b = 5
except TypeError as e:
    print("TypeError:", e)
def kw_only(*, a, b=2):
    return a + b
print(kw_only(**{"a": 1}), kw_only(**{"a": 1, "b": 5}))
try:
    kw_only(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
