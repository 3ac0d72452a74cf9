# Converting ints to/from strings in arbitrary bases by hand and with builtins
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
def from_base(s, b):
    s = s.strip().lower()
    sign = -1 if s.startswith("-") else 1
    s = s.lstrip("+-")
    v = 0
    for ch in s:
        d = DIGITS.index(ch)
        if d >= b:
            raise ValueError(f"digit {ch!r} out of range for base {b}")
        v = v * b + d
    return sign * v
for n in [0, 1, -1, 255, 1000, -4096, 2 ** 64, 3 ** 40]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    ok = all(from_base(s, b) == n == int(s, b) for s, b in zip(row, (2, 8, 16, 36)))
    print(n, row, ok)
print(to_base(255, 16) == hex(255)[2:], to_base(8, 8) == oct(8)[2:], to_base(5, 2) == bin(5)[2:])
try:
    from_base("129", 8)
except ValueError as e:
    print("ValueError:", e)
print(str(12345)[::-1], int(str(12345)[::-1]), sum(map(int, str(2 ** 100))))
print(int("  -0042  "), int("+7"), str(-0), str(10 ** 30), repr(7))
def commas(n):
    s = str(abs(n))
    groups = []
    while s:
        groups.append(s[-3:])
        s = s[:-3]
    return ("-" if n < 0 else "") + ",".join(reversed(groups))
for n in [0, 999, 1000, -1234567, 10 ** 12]:
    print(commas(n), f"{n:,}", commas(n) == f"{n:,}")
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out
print([roman(n) for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]])
print(int("1" * 64, 2) == 2 ** 64 - 1, len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(format(-255, "x"), format(255, "#010b"), format(10 ** 20, "_"), "%o" % 64)
