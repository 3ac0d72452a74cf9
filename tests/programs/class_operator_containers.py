# container-like operator overloading with reflected and in-place forms
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "Vec(" + ", ".join(map(str, self.xs)) + ")"
    def _coerce(self, o):
        if isinstance(o, Vec):
            if len(o.xs) != len(self.xs):
                raise ValueError("length mismatch")
            return o.xs
        if isinstance(o, (int, float)):
            return [o] * len(self.xs)
        return None
    def __add__(self, o):
        ys = self._coerce(o)
        if ys is None:
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.xs, ys)))
    __radd__ = __add__
    def __sub__(self, o):
        ys = self._coerce(o)
        return NotImplemented if ys is None else Vec(*(a - b for a, b in zip(self.xs, ys)))
    def __rsub__(self, o):
        ys = self._coerce(o)
        return NotImplemented if ys is None else Vec(*(b - a for a, b in zip(self.xs, ys)))
    def __mul__(self, o):
        if isinstance(o, Vec):
            return sum(a * b for a, b in zip(self.xs, o.xs))
        if isinstance(o, (int, float)):
            return Vec(*(a * o for a in self.xs))
        return NotImplemented
    def __rmul__(self, o):
        return self * o
    def __matmul__(self, o):
        return [[a * b for b in o.xs] for a in self.xs]
    def __neg__(self):
        return Vec(*(-a for a in self.xs))
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]
    def __contains__(self, v):
        return v in self.xs
    def __iadd__(self, o):
        ys = self._coerce(o)
        if ys is None:
            return NotImplemented
        for i, y in enumerate(ys):
            self.xs[i] += y
        return self
    def __bool__(self):
        return any(self.xs)

v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v + 1, 1 + v, v - 1, 10 - v, v * 2, 2 * v, v * w, -v)
print(abs(Vec(3, 4)), v @ Vec(1, 0), len(v), v[0], v[-1], v[1:], 2 in v, 7 in v)
print(v == Vec(1, 2, 3), v != w, {v: "found"}[Vec(1, 2, 3)], bool(Vec(0, 0)), bool(v))
u = v
u += 10
print(u is v, v)
u += w
print(v)
try:
    v + Vec(1)
except ValueError as e:
    print("ValueError:", e)
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    u += "s"
except TypeError as e:
    print("TypeError:", e)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)), sum([Vec(1, 1), Vec(2, 2)]))
print(list(map(abs, [Vec(3, 4), Vec(6, 8)])), sorted([Vec(3), Vec(1), Vec(2)], key=lambda q: q[0]))
print([x for x in Vec(5, 6)], list(reversed(Vec(1, 2, 3))), Vec(*range(3)) * 1.5)
