# Bitwise operators
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 0, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 5, -1 >> 100)
print(-5 & 0xFF, -5 | 3, -5 ^ 3, ~-5)
print(-12 & -8, -12 | -8, -12 ^ -8)
big = (1 << 100) | 0xABCDEF
print(big & 0xFFFF, big >> 96, hex(big))
print((1 << 200) - 1 & 0xF0F0, -(1 << 80) >> 70)
print(~0, ~(-1), ~(1 << 70))
print(True & False, True | False, True ^ True, ~True)
print(type(True & True), type(True & 1))
x = 0
for i in range(8):
    if i % 3 == 0:
        x |= 1 << i
print(x, bin(x))
x &= ~(1 << 3)
print(x, bin(x))
x ^= 0xFF
print(x, bin(x))
x <<= 4
print(x)
x >>= 2
print(x)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print(popcount(2 ** 100 - 1), popcount(12345678901234567890))
print(0xFF & 0x0F << 4, (0xFF & 0x0F) << 4, 1 | 2 ^ 3 & 4)
print(5 & 3 == 1, (5 & 3) == 1)
