# float arithmetic and int/float mixing
a, b = 7.25, 2.5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a)
print(1 + 2.0, 3 * 1.5, 10 / 4, 10 // 4.0, 2 ** -1, 2 ** 0.5, 9 ** 0.5)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-12, 1e-16 + 1 == 1)
print(10 ** 20 + 0.5, 2 ** 62 * 1.0, float(2 ** 63), (2 ** 53 + 1) * 1.0)
print(1e308 + 1e308, -(1e308 + 1e308), (1e308 + 1e308) - (1e308 + 1e308))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * 0, inf - inf, -inf * -1, 1 / inf, inf > 1e308, nan > 0, nan < 0, nan == nan)
print(max(1.0, inf), min(-inf, 0), sorted([3.5, -inf, 0.0, inf, -1.25]))
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, abs(-0.0))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(sum([0.1] * 10), 0.1 * 10)
def mean(xs):
    return sum(xs) / len(xs)
def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / len(xs)) ** 0.5
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), stdev(data))
c = 0.0
for i in range(1, 1001):
    c += 1.0 / (i * i)
print(c, (c * 6) ** 0.5)
x = 1.0
for _ in range(60):
    x /= 2
print(x, x * 2 ** 60, 2 ** -60 == x)
print(7 // 2.5, 7 % 2.5, -7 // 2.5, -7 % 2.5, 7 // -2.5, 7 % -2.5)
print(1e-310 / 1e10, 5e-324 / 2, 5e-324 * 0.6)
print(int(1e10), int(-1.9999), int(0.99999999999999999), float(int(1e15)))
print(3.7 // 1, 3.7 % 1, -3.7 // 1, -3.7 % 1)
print((0.1).__add__(0.2), (2.0).__pow__(3), (5.0).__rtruediv__(1))
print(1.0.__eq__(1), float.__mul__(1.5, 2), (1).__truediv__(4))
print(pow(2.0, 3), pow(4, 0.5), pow(-8, 1 / 3) if False else abs(-8) ** (1 / 3))
