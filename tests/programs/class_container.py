# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if not (0 <= r < self.h and 0 <= c < self.w):
                raise IndexError("cell out of range")
            return self.cells.get(key, ".")
        raise TypeError("need (row, col)")
    def __setitem__(self, key, v):
        print("set", key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
    def rows(self):
        for r in range(self.h):
            yield "".join(self[r, c] for c in range(self.w))
g = Grid(4, 3)
g[0, 0] = "#"
g[1, 2] = "@"
g[2, 3] = "#"
print(len(g), g[1, 2], g[0, 1])
print("@" in g, "x" in g, "x" not in g)
for row in g.rows():
    print(row)
del g[1, 2]
print("@" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    g["a"]
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if i >= self.n or i < 0:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = Seq(6)
print(list(s), s[2], s[-1], s[1:5], s[::-2])
print(4 in s, 5 in s, sorted(s, reverse=True))
for i, v in enumerate(s):
    if i > 2:
        break
    print("item", i, v)
print(list(reversed(s)))
a, b, *c = Seq(4)
print(a, b, c)
class Bag:
    def __init__(self):
        self.items = []
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
bag = Bag()
print(bool(bag), len(bag), list(bag))
bag.items.extend([3, 1, 2])
print(bool(bag), len(bag), list(bag), max(bag), 2 in bag)
class Missing(dict):
    def __missing__(self, k):
        self[k] = len(self)
        return self[k]
m = Missing()
print(m["a"], m["b"], m["a"], m)
class LenNeg:
    def __len__(self):
        return -1
try:
    len(LenNeg())
except ValueError as e:
    print("ValueError:", e)
