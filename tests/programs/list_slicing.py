# list indexing, slicing, slice assignment and deletion
l = list(range(10))
print(l[2], l[-1], l[2:5], l[:3], l[7:], l[::3], l[::-1], l[-3:-1], l[8:2:-2])
try:
    l[10]
except IndexError as e:
    print("IndexError:", e)
try:
    l["x"]
except TypeError as e:
    print("TypeError:", e)
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[0:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
a[:] = "xyz"
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
c[1:2] = []
print(c)
c[5:] = [7]
print(c)
c[-100:1] = [0]
print(c)
d = [0, 1, 2, 3, 4, 5]
d[1:5:2] = ["odd1", "odd3"]
print(d)
d[::-1] = range(6)
print(d)
e = [1, 2, 3]
e[1] = e
print(e)
f = [[0] * 3] * 2
f[0][0] = 1
print(f)
g = [[0] * 3 for _ in range(2)]
g[0][0] = 1
print(g)
print(l[2:100], l[-100:2], l[5:2], l[::-3], l[9::-4])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in matrix], matrix[1][::-1], [r[::2] for r in matrix[::2]])
s = slice(1, 8, 3)
print(l[s], s.start, s.stop, s.step, s.indices(5))
copy = l[:]
print(copy == l, copy is l)
