# fractions: construction, normalisation, limit_denominator, rounding, hashing, errors
from fractions import Fraction as F
import copy
import math

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(label, type(e).__name__, e)

for a, b in [(4, -6), (0, -5), (-3, -9), (1, 0), (F(1, 2), F(3, 4)), (1.5, 2), (True, 2), ('1', 2), (F(2, 3), 0)]:
    show('F(%r, %r)' % (a, b), lambda: F(a, b))
for a in (1.25, -0.1, float('inf'), 10**30, True, F(3, 4), [1], '  -7/21 ', '1.5e-3', '-.5', '1_000', '1__0', '1/ 2', '3.', '.', '2E+2', 'x'):
    show('F(%r)' % (a,), lambda: F(a))
show('from_float', lambda: F.from_float(0.1))
show('from_float int', lambda: F.from_float(7))
show('from_float str', lambda: F.from_float('1'))

x = F(3, 4)
for zero in (0, F(0)):
    show('x / 0', lambda: x / zero)
    show('-x / 0', lambda: -x / zero)
    show('0 / 0', lambda: F(0) / zero)
    show('x // 0', lambda: x // zero)
    show('x % 0', lambda: x % zero)
    show('divmod', lambda: divmod(x, zero))
show('5 / F(0)', lambda: 5 / F(0))
for b, e in [(F(2, 3), 3), (F(2, 3), -3), (F(-2, 3), -3), (F(-2, 3), 2), (F(0), -2), (F(0), 0),
             (F(4, 9), F(1, 2)), (2, F(3)), (2, F(-3)), (2, F(1, 2)), (2.5, F(2)), (F(3, 2), 2.0), (F(5), F(-1))]:
    show('%r ** %r' % (b, e), lambda: b ** e)

for v in (F(355, 113), F(-355, 113), F(3141592653589793, 10**15), F(1, 3), F(2, 3), F(5, 8), F(7, 1), F(-1, 10**9)):
    print(v, [str(v.limit_denominator(m)) for m in (1, 2, 3, 7, 10, 100, 10**6)])
# values right between two candidates: the convergent wins the tie
for a in range(1, 9):
    for b in range(1, 7):
        v = F(a, b) + F(1, 2 * b * (b + 1))
        print(v, [str(v.limit_denominator(m)) for m in range(1, 9)])
show('limit 0', lambda: F(1, 3).limit_denominator(0))

for v in (F(5, 2), F(-5, 2), F(7, 2), F(-7, 2), F(7, 3), F(-7, 3), F(1, 2), F(-1, 2), F(0), F(12345, 100)):
    print(v, round(v), [round(v, n) for n in (-2, -1, 0, 1, 2)], int(v), math.floor(v), math.ceil(v), math.trunc(v))

M = 2 ** 61 - 1
for v in (F(1, 2), F(-1, 2), F(5), F(-1), F(1, M), F(-1, M), F(3, 2 * M), F(M, 3), F(10**30, 7)):
    print(v, hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(-5)) == hash(-5), hash(F(3, 8)) == hash(0.375))

class G(F):
    pass
g = G(2, 6)
print(repr(g), type(copy.copy(g)).__name__, type(copy.deepcopy(g)).__name__, copy.copy(x) is x, x.__reduce__())
print(type(g + 1).__name__, type(-g).__name__, type(abs(g)).__name__, type(+g).__name__)
print(F(3, 4).numerator, F(-6, 4).denominator, F(6, 4).as_integer_ratio(), str(F(-4, 2)), str(F(4, 6)))
print(sorted([F(1, 3), 0.3, F(1, 4), 1, F(-1, 2)]), F(1, 2) == 0.5, F(1, 2) < float('inf'), F(1, 2) == float('nan'))
