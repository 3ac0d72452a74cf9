# inf/nan comparisons and -0.0
import math
inf = float("inf")
nan = float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf != inf - inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
print([nan] == [nan], (lambda n: [n] == [n])(nan), nan in [nan])
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(inf * 0 != inf * 0, inf + 1 == inf, -inf * -1 == inf, 1 / inf, -1 / inf)
print(max(1.0, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(float("-inf"), float("Infinity"), float("  nan  "), float("+inf"))
z = -0.0
print(z, z == 0.0, math.copysign(1, z), str(z), repr(-0.0 * 1), 0.0 * -1)
print(abs(z), -z, z + 0.0, z - 0.0, round(-0.4), round(-0.4, 0))
print(math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
print(1e308 * 10, -1e308 * 10, 2.0 ** -1075, 5e-324, 5e-324 / 2)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(inf // 1 if False else "skip", math.fmod(5.5, 2), 5.5 % -2, -5.5 % 2)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0) == hash(0))
print(1e16 + 1 == 1e16, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(float.fromhex("0x1.8p1"), (0.5).hex(), (1e300).is_integer(), (2.5).as_integer_ratio())
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), int(-2.7))
print(sys_ok := (float("1e500") == inf), float("-1e500"))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2)
print(min(nan, 1.0), max(1.0, nan))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
