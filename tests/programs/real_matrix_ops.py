"""A Matrix class with operator overloading, determinants and Gaussian elimination over Fractions."""
from fractions import Fraction
from functools import reduce
import operator


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows, self.n, self.m = rows, len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return self.n, self.m

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        self._same(other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def _same(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")

    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of non-square matrix")
        a = [[Fraction(x) for x in r] for r in self.rows]
        sign, result = 1, Fraction(1)
        for col in range(self.n):
            pivot = next((r for r in range(col, self.n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                sign = -sign
            result *= a[col][col]
            for r in range(col + 1, self.n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return sign * result

    def inverse(self):
        n = self.n
        aug = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)]
               for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if aug[pivot][col] == 0:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(A + B)
print(A - B)
print(3 * A == A * 3, (A @ B).shape)
print(A @ B)
print("B^T:\n" + str(B.T()))
print("det A =", A.det(), " det B =", B.det())
inv = A.inverse()
print("A^-1 =\n" + str(inv))
print("A @ A^-1 == I:", A @ inv == Matrix.identity(3))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1], fib)
print(repr(Matrix.identity(2)))
for bad in (lambda: B.inverse(), lambda: A @ Matrix([[1, 2]]), lambda: A + Matrix([[1]]),
            lambda: Matrix([[1, 2], [3]]), lambda: A * A):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
rot = Matrix([[0, -1], [1, 0]])
print("rotation^4 is identity:", rot ** 4 == Matrix.identity(2), "trace sum:",
      reduce(operator.add, ((rot ** k)[0, 0] for k in range(1, 9))))
try:
    A.x = 1
except AttributeError as e:
    print("AttributeError:", e)
