# tuples
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t * 2, t + (4,))
print((), (1,), (1), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t.count(2), t.index(3), 2 in t, 5 not in t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
m = ([1], 2)
m[0].append(3)
print(m)
def divmod_pair(x, y):
    return x // y, x % y
q, r = divmod_pair(17, 5)
print(q, r, divmod_pair(9, 3))
points = [(3, 1), (1, 2), (2, 0), (1, 1)]
print(sorted(points), sorted(points, key=lambda p: p[1]), max(points), min(points))
print(tuple(x * x for x in range(4)))
x = 1, 2
y = 3,
print(x, y, type(y).__name__)
print(t + t, t * 0, len(t * 3))
u = t
t += (4,)
print(t, u, t is u)
print(sum((1, 2, 3)), list(zip((1, 2), ("a", "b"))))
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
print(repr((1,)), repr(()), str((None, True)), repr(("a", 'b"')))
print(tuple(t) is t, t[:] is t, t[5:], t.__len__())
