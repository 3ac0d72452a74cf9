# Unpacking including starred and nested
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcdef"
print(h, mid, t)
h, *mid, t = [1, 2]
print(h, mid, t)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,), (5, 6)]:
    print(a, b)
m = n = o = 7
print(m, n, o)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d["a"], d["b"] = 10, 20
print(d)
class O: pass
obj = O()
obj.x, obj.y = "X", "Y"
print(obj.x, obj.y)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab", *(9,)])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print((*"hi",))
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
s = {*[3, 1, 2]}
print(sorted(s))
def f(*args):
    return args
print(f(*[1, 2], 3, *(4, 5)))
(a, b), (c, d) = [[1, 2], "cd"]
print(a, b, c, d)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
