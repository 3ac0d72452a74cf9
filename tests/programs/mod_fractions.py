# fractions: construction, arithmetic with ints/floats, comparisons, hashing, rounding, limit_denominator, errors
from fractions import Fraction as F
import math
print(F(3, 4), repr(F(6, -8)), F(5), F(), F(0.75), F(1.1), F("3/7"), F(" -12/18 "), F("1.25"), F("-.5"), F("2e3"), F("1.5e-2"), F("1_000/3"), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(True))
print(F(1, 3) + F(1, 6), F(1, 3) - 1, 2 - F(1, 3), F(2, 3) * F(9, 4), F(2, 3) / F(4, 9), 1 / F(5, 2), F(1, 2) + 0.25, 0.5 * F(1, 4))
print(F(7, 2) // 1, F(-7, 2) // F(1, 3), F(7, 2) % F(2, 3), divmod(F(7, 2), F(2, 3)), 5 % F(3, 2), F(7, 2) % 1.5, divmod(7, F(2, 1)))
print(F(2, 3) ** 3, F(2, 3) ** -2, F(-2, 3) ** -3, F(4, 9) ** F(1, 2), 2 ** F(3, 1), 4 ** F(1, 2), F(1, 2) ** 0.5, F(3) ** F(2))
print(-F(1, 2), +F(1, 2), abs(F(-3, 4)), int(F(-7, 2)), float(F(1, 3)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(2, 3), 0))
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2) == 2, F(1, 2) < F(2, 3), F(1, 2) > 0.4, F(1, 2) <= 1, 1 < F(3, 2), F(1, 2) != F(2, 4), F(1, 2) < math.inf, F(1, 2) == math.nan)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), {F(1, 2): 'a'}[0.5])
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(3, 7).limit_denominator(5), F(1, 10 ** 9).limit_denominator(10), F("0.3333").limit_denominator(10))
print(F(3, 4).numerator, F(3, 4).denominator, F(6, 8).as_integer_ratio(), F.from_float(0.125), bool(F(0)), bool(F(1, 9)))
print(sum([F(1, n) for n in range(1, 11)]), sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(5, 3), 1.6))
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F("1/"), lambda: F(1.5, 2), lambda: F([]), lambda: F(math.inf), lambda: F(math.nan), lambda: F(1, 2) / 0, lambda: F(3).limit_denominator(0), lambda: F(0) ** -1]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
