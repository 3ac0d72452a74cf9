# star expressions in assignments, calls, literals
a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
[p, [q, *r]] = [0, (1, 2, 3)]
print(p, q, r)

print([*range(3), *"ab", 9])
print((*[1, 2],))
print({*[1, 2], *[2, 3]} == {1, 2, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})

def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], 3, *(4,), k=1, **{"z": 2}))
print(f(*"ab", **dict(x=1), y=2))

for h, *t in [(1, 2, 3), (4,), "xyz"]:
    print("h", h, "t", t)

try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)

try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)

try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)

try:
    exec("*a = [1, 2]")
except SyntaxError:
    print("SyntaxError: starred assignment target must be in a list or tuple")

try:
    exec("a, *b, *c = [1, 2, 3]")
except SyntaxError:
    print("SyntaxError: multiple starred expressions")

*a, = [7, 8]
print("single star:", a)

d = {"k1": 1, "k2": 2}
k, *others = d
print("dict keys unpack:", k, others)

def gen():
    yield from range(4)
g1, *gm = gen()
print("gen unpack:", g1, gm)

nested = [*[*range(2), *range(2)], *[]]
print("nested stars:", nested)
print("starred in return:", (lambda *xs: (*xs, len(xs)))(5, 6))

m = [[1, 2], [3, 4]]
print("zip star:", list(zip(*m)))
print("print sep:", *[1, 2, 3], sep="-")
