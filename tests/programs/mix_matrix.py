# A matrix class with operators
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(w) for v in r) + "]" for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return Matrix([[-v for v in r] for r in self.rows])
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self @ k
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError("cannot multiply")
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __pow__(self, e):
        result = Matrix.identity(self.shape[0])
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))
    def __iter__(self):
        for r in self.rows:
            yield from r
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a + b)
print(a - b)
print(a @ b)
print(2 * a == a * 2, a * b == a @ b, a == Matrix([[1, 2], [3, 4]]))
print(repr(a.T()), a.shape, Matrix([[1, 2, 3]]).shape)
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
m3 = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(m3.det(), Matrix.identity(4).det(), sum(m3), max(m3), list(Matrix.identity(2)))
m3[0, 0] = 10
print(m3)
for bad in [lambda: a + Matrix([[1, 2, 3]]), lambda: Matrix([[1], [1, 2]]), lambda: Matrix([[1, 2, 3]]) @ a]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(Matrix([[1.5, 2], [0, -1]]) * 0.5)
