# Basic integer arithmetic and precedence
a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -(2 ** 2))
print(10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4)
print(7 / 2, 8 / 2, -7 / 2, 1 / 3)
print(+a, -a, --a, -(-a))
print(0 * -1, -0, 0 // 5, 0 % 5)
x = 0
for i in range(1, 11):
    x += i * i
print("sum of squares", x)
n = 1
for i in range(1, 21):
    n *= i
print("20! =", n)
print(abs(-5), abs(5), abs(0))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(True + True, True * 10, False - 1)
print(int(3.99), int(-3.99), int("  42 "), int("-0"))
print(1_000_000 + 1, 0x1F, 0o17, 0b1011)
v = 255
v += 1; print(v)
v -= 6; print(v)
v *= 3; print(v)
v //= 7; print(v)
v %= 13; print(v)
v **= 3; print(v)
print(type(a // b), type(a / b), type(a ** 2), type(2 ** -1))
print(2 ** -1, 2 ** -2, 10 ** 0, 0 ** 0)
