# float repr and formatting
vals = [0.1 + 0.2, 0.1, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5, 100.0, -0.0, 0.0, 1.0, 3.0e10,
        float("inf"), float("-inf"), float("nan"), 1.1 * 3, 9007199254740993.0, 0.1 * 3, 4.35, 2 ** 0.5]
for v in vals:
    print(repr(v), str(v))
print(1e16 == 10 ** 16, float(10 ** 16), float(2 ** 53 + 1), 1e300 * 1e10, -1e300 * 1e10)
print(float("1.5"), float("  -2.25  "), float("1e3"), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, 1), round(-1.25, 1), type(round(1.5, 0)).__name__)
print(round(12345, -2), round(15, -1), round(25, -1), round(-15, -1))
print(int(2.9), int(-2.9), int(1e20), float(7), 7 / 1, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(1, 0.3))
print(3.0 == 3, 0.5 + 0.5 == 1, float("nan") != float("nan"), float("inf") == float("inf"))
print(1.5.is_integer(), 2.0.is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2, 1e308 * 10, -1e-320 / 1e10)
print(0.1 + 0.7, 0.7 + 0.1, 1.0 - 0.9, 3 * 0.1, 0.1 * 0.1)
print(float.fromhex("0x1.8p1"), (1.5).hex(), float(True), float(-0))
print(abs(-1.5), abs(-0.0), max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10))
print(1 / 7, 22 / 7, 1e-7, 1.5e-7, 12345678.9, 0.000001, 0.0000001)
print(1e100, 1.23e-100, 123e45, 5e-1, 1234567890123456789.0)
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0), 1.0 in {1}, {1.0: "x"}[1])
import math
print(math.isnan(float("nan")), math.isinf(-float("inf")), math.isfinite(1e308))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
