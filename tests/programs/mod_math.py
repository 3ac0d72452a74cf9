# math module functions and constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 30))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.copysign(3, -0.0))
print(math.pow(2, 10), math.exp(0), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.log1p(0), math.expm1(0), math.log(1))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.atan(1) * 4, math.atan2(1, 1), math.asin(1), math.acos(1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.degrees(math.pi), math.radians(180), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.factorial(0), math.factorial(5), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(2 ** 100, 2 ** 50 * 3), math.lcm(4, 6), math.gcd(12, 18, 27))
print(math.comb(10, 3), math.perm(5, 2), math.comb(100, 50), math.perm(4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(0.0), math.isnan(1.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist((0, 0), (3, 4)), math.floor(-0.0), math.ceil(1e-300))
print(math.sqrt(0.0), math.sqrt(1e-300), math.exp(-1000), math.pow(0, 0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: math.exp(1000), lambda: math.pow(10, 400), lambda: math.factorial(1.5)]:
    try:
        bad()
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(10 ** 20 + 0.5) == 10 ** 20, math.ceil(2 ** 60 + 0.0), math.floor(1e20))
print([round(math.sqrt(i), 4) for i in range(6)])
print(math.trunc(1e15 + 0.5), math.floor(-1e-9), math.copysign(0.0, -1))
