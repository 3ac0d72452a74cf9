# // % ** with negatives, ints and floats
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3)]:
    print(a, b, a // b, a % b)
print(-0.0 % 5, 0.0 % -5)
print(5 % -0.5, -5 % 0.5)
for base in [2, -2, 3, -3]:
    print(base, [base ** e for e in range(0, 6)])
print(2 ** -3, (-2) ** -3, (-2) ** -2)
print(4 ** 0.5, 8 ** (1 / 3), 2.0 ** 10)
print(pow(2, 10), pow(2, -1), pow(-8, 3))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 100, 1000000007))
print(pow(3, -1, 7), pow(5, -2, 13))
print(10 ** 20 // 3, 10 ** 20 % 3)
print(-(10 ** 20) // 3, -(10 ** 20) % 3)
print((-1) ** 1000001, (-1) ** 1000000)
print(0 ** 5, 1 ** 1000, 7 ** 1)
print(2 ** 0.0, 0.0 ** 0)
x = -17
print(x // 4 * 4 + x % 4 == x)
for n in range(-5, 6):
    print(n, n // 2, n % 2, n // -2, n % -2)
