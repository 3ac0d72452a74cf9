# huge int arithmetic, pow with modulus, bit ops, int<->str
a = 3 ** 500
b = 7 ** 300 + 12345
print(len(str(a)), str(a)[:20], str(a)[-20:])
print((a * b) % 1000000007)
print((a // b) % 10 ** 12, (a % b) % 10 ** 12)
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b)
q, r = divmod(-a, b)
print(q * b + r == -a, 0 <= r < b)
print(divmod(a, -b)[1] <= 0)

f = 1
for i in range(1, 301):
    f *= i
print("300! digits:", len(str(f)), "trailing zeros:", len(str(f)) - len(str(f).rstrip("0")))
print("digit sum:", sum(int(c) for c in str(f)))

m = 10 ** 9 + 7
print(pow(2, 10 ** 18, m), pow(3, 12345678901234567890, m))
print(pow(a, b, m), pow(a, 65537, 2 ** 127 - 1))
print(pow(3, -1, 11), pow(7, -2, 101), (pow(12345, -1, m) * 12345) % m)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)

x = (1 << 200) - 1
print(x.bit_length(), bin(x).count("1"), (x >> 150).bit_length())
print((x & (x >> 3)) == (x >> 3), (x ^ x) == 0, (x | 1 << 300).bit_length())
print(-x >> 190, ~x == -x - 1, (-x) & 0xFFFF)
print(hex(2 ** 130 + 255), oct(8 ** 25), bin(2 ** 70 + 5)[-8:])

s = "9" * 4000
n = int(s)
print(len(str(n)), n % 97, str(n + 1)[:5], len(str(n + 1)))
print(int("-" + "1" * 50) // 3)
print(int("f" * 40, 16) == 16 ** 40 - 1, int("1" * 100, 2) == 2 ** 100 - 1)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError: exceeds limit")
try:
    str(10 ** 5000)
except ValueError:
    print("ValueError: str() exceeds limit")

import math
print(math.isqrt(a) ** 2 <= a < (math.isqrt(a) + 1) ** 2)
print(math.gcd(2 ** 100 * 3 ** 50, 2 ** 60 * 3 ** 80) == 2 ** 60 * 3 ** 50)
print(abs(-a) == a, -(-a) == a, (a > b) - (a < b))
print(a.to_bytes(100, "big")[:4], int.from_bytes(b"\x01" + b"\x00" * 40, "big") == 256 ** 40)
print(float(2 ** 1000) == 2.0 ** 1000, round(a, -230) % 10 ** 230)
try:
    float(2 ** 1100)
except OverflowError as e:
    print("OverflowError:", e)
print(hash(2 ** 100) == hash(2 ** 100), (2 ** 64) // (2 ** 32) == 2 ** 32)
