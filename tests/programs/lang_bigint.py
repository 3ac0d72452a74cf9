# Big integer arithmetic
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // 12345, a % 12345)
print(-a // 12345, -a % 12345)
print(a // -b, a % -b)
print(divmod(b, a))
print(divmod(-b, a))
print(a ** 3)
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print(f // (2 ** 47))
print(len(str(f)))
print(-f)
print(f == 30414093201713378043612608166064768844377641568960512000000000000)
print(f > 10 ** 64, f < 10 ** 65)
x = 123456789012345678901234567890
y = 987654321098765432109876543210
print(x * y)
print(y // x, y % x)
print(x ** 2 - y)
print(abs(-x), -x * -y)
print((x << 70) >> 70 == x)
print(x & y, x | y, x ^ y)
print(~x, -x - 1 == ~x)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 64 + 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387904 * 2, 4611686018427387904 * 4)
m = 2 ** 64
print(m * m, m * m // m == m)
print(hash(2 ** 100) == hash(2 ** 100), (2 ** 61 - 1) * 3)
big = int("9" * 60)
print(big + 1)
print(big // 7, big % 7)
print((10 ** 30 + 7) % (10 ** 9 + 7))
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 20)
