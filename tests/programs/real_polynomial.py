"""A polynomial class: arithmetic, evaluation, derivatives, division and root finding."""
from fractions import Fraction
from itertools import zip_longest
import math


class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @classmethod
    def from_roots(cls, *roots):
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        return Poly(a + b for a, b in zip_longest(self.c, other.c, fillvalue=0))

    __radd__ = __add__

    def __neg__(self):
        return Poly(-a for a in self.c)

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if not isinstance(other, Poly):
            return Poly(a * other for a in self.c)
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = [Fraction(a) for a in self.c]
        quot = [Fraction(0)] * max(len(rem) - len(other.c) + 1, 1)
        lead = Fraction(other.c[-1])
        for i in range(len(rem) - len(other.c), -1, -1):
            q = rem[i + len(other.c) - 1] / lead
            quot[i] = q
            for j, b in enumerate(other.c):
                rem[i + j] -= q * b
        return Poly(quot), Poly(rem[:len(other.c) - 1] or [0])

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        if not isinstance(other, Poly):
            other = Poly([other])
        return self.c == other.c

    def __hash__(self):
        return hash(tuple(self.c))

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i) if len(self.c) > 1 else Poly([0])

    def integral(self, const=0):
        return Poly([const] + [Fraction(a, i + 1) for i, a in enumerate(self.c)])

    def newton(self, x0, steps=50):
        d = self.derivative()
        x = x0
        for _ in range(steps):
            dx = d(x)
            if dx == 0:
                break
            nx = x - self(x) / dx
            if abs(nx - x) < 1e-13:
                return nx
            x = nx
        return x

    def __repr__(self):
        return f"Poly({self.c})"

    def __str__(self):
        if self.degree < 0:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = -a if a < 0 else a
            coef = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, coef + var))
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            text += f" {sign} {t}"
        return text


p = Poly.from_roots(1, -2, 3)
q = Poly([1, 1])
print("p =", p, "| degree", p.degree)
print("q =", q)
print("p + q =", p + q)
print("p - p =", p - p, (p - p).degree)
print("p * q =", p * q)
print("q^5 =", q ** 5)
print("p(0..4) =", [p(x) for x in range(5)])
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative())
print("integral of p' =", p.derivative().integral(p.c[0]), "== p:", p.derivative().integral(p.c[0]) == p)
quot, rem = divmod(p, Poly([-1, 1]))
print("p / (x - 1) =", quot, "rem", rem)
quot, rem = divmod(Poly([5, 0, 3, 2]), Poly([1, 2]))
print("(2x^3+3x^2+5)/(2x+1) =", quot, "rem", rem)
print("check:", quot * Poly([1, 2]) + rem == Poly([5, 0, 3, 2]))
cubic = Poly([-2, 0, 0, 1])
root = cubic.newton(1.0)
print("cube root of 2 via newton: %.12f (math: %.12f)" % (root, 2 ** (1 / 3)))
print("roots of p by newton:", sorted(round(p.newton(x0), 9) for x0 in (-5.0, 0.5, 10.0)))
print("poly with float coefficients:", Poly([0.5, -1.25, 0, 2.0]))
print("as dict keys:", {Poly([1, 2]): "a", Poly([1, 2, 0]): "b"})
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
chebyshev = [Poly([1]), Poly([0, 1])]
for _ in range(5):
    chebyshev.append(Poly([0, 2]) * chebyshev[-1] - chebyshev[-2])
for n, t in enumerate(chebyshev):
    print(f"T{n}(x) = {t}; T{n}(cos 0.3) - cos({n}*0.3) = {abs(t(math.cos(0.3)) - math.cos(n * 0.3)) < 1e-12}")
