"""Rational approximations: continued fractions, convergents, Stern-Brocot and limit_denominator."""
from fractions import Fraction
import math


def continued_fraction(x, terms=12):
    x = Fraction(x)
    out = []
    for _ in range(terms):
        a = math.floor(x)
        out.append(a)
        frac = x - a
        if frac == 0:
            break
        x = 1 / frac
    return out


def convergents(cf):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    for a in cf:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


def stern_brocot(x, max_den):
    lo, hi = Fraction(0, 1), None
    best = Fraction(math.floor(x))
    path = []
    lo = Fraction(math.floor(x))
    hi_num, hi_den = 1, 0
    lo_num, lo_den = lo.numerator, lo.denominator
    while True:
        med_num, med_den = lo_num + hi_num, lo_den + hi_den
        if med_den > max_den:
            break
        med = Fraction(med_num, med_den)
        if abs(med - x) < abs(best - x):
            best = med
        if med == x:
            break
        if x < med:
            hi_num, hi_den = med_num, med_den
            path.append("L")
        else:
            lo_num, lo_den = med_num, med_den
            path.append("R")
    return best, "".join(path)


def sqrt_cf(n):
    a0 = math.isqrt(n)
    if a0 * a0 == n:
        return [a0], []
    m, d, a = 0, 1, a0
    period = []
    while True:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
        if a == 2 * a0:
            return [a0], period


print("pi cf:", continued_fraction(math.pi, 8))
for c in list(convergents(continued_fraction(math.pi, 6))):
    print(f"  {str(c):<14} {float(c):.10f} err={abs(float(c) - math.pi):.2e}")
print("e cf:", continued_fraction(math.e, 12))
golden = (1 + math.sqrt(5)) / 2
print("phi convergents:", [str(c) for c in convergents(continued_fraction(golden, 10))])
print("exact 415/93:", continued_fraction(Fraction(415, 93)), "->", list(convergents([4, 2, 6, 7]))[-1])
for den in (10, 100, 1000, 100000):
    lim = Fraction(math.pi).limit_denominator(den)
    sb, path = stern_brocot(Fraction(math.pi), den)
    print(f"max_den={den:<6} limit_denominator={str(lim):<14} stern-brocot={str(sb):<14} same={lim == sb} path={path[:12]}")
for n in (2, 3, 7, 13, 16, 61):
    a0, period = sqrt_cf(n)
    print(f"sqrt({n}) = [{a0}; {period}]")
a0, period = sqrt_cf(61)
cf = a0 + period * 2
for c in convergents(cf):
    if c.numerator ** 2 - 61 * c.denominator ** 2 == 1:
        print("Pell x^2-61y^2=1:", c.numerator, c.denominator)
        break
print("0.1 as fraction:", Fraction(0.1), "->", Fraction(0.1).limit_denominator(), Fraction("0.1"))
print("float ratios:", (0.375).as_integer_ratio(), (2.5).as_integer_ratio(), Fraction(1, 3).limit_denominator(2))
best = min((Fraction(p, q) for q in range(1, 60) for p in range(q * 2, q * 4)),
           key=lambda f: (abs(f - Fraction(math.e)), f.denominator))
print("best e with den < 60:", best, float(best))
