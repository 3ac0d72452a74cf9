# int(), bases, hex/oct/bin, bit_length, string conversions
print(int("42"), int("-17"), int("  +8  "), int("1_000"), int("0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("10", 2))
print(int("777", 8), int("-101", 2), int("zz", 36), int("12", 3), int("0", 0))
for bad in ["abc", "1.5", "", " ", "0x", "1 2", "١٢"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("012", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(int(True), int(3.7), int(-3.7), int(1e3), int(b"12"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 100), bin(2 ** 70), oct(10 ** 20))
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (256).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((10).bit_count() if hasattr(int, "bit_count") else 2, (2 ** 64 - 1).bit_count())
print(str(10 ** 50), len(str(2 ** 1000)), str(-2 ** 200))
print(int(str(3 ** 200)) == 3 ** 200, int("9" * 100) + 1 == 10 ** 100)
print(repr(123), str(-0), format(1234, "x"), format(-1234, "#o"), format(2 ** 40, ","))
print((1234).to_bytes(2, "big"), int.from_bytes(b"\x04\xd2", "big"))
print(int.__name__, type(10 ** 100).__name__, isinstance(2 ** 100, int))
print(abs(-2 ** 100), -(-2 ** 100), +(2 ** 100))
print((17).numerator, (17).denominator, (17).real, (17).imag, (17).conjugate())
print((7).as_integer_ratio(), int.from_bytes(b"\xff", "little", signed=True))
print(round(10 ** 30 + 7, -1), round(15, -1), round(25, -1), round(-35, -1))
print(int("1" * 50, 2), int("7" * 30, 8))
print(max(2 ** 100, 2 ** 99 * 3), min(-(2 ** 100), -1), sorted([2 ** 65, -3, 2 ** 64, 0]))
print(10 ** 18 * 10 ** 18 == 10 ** 36, (10 ** 36) // (10 ** 18), 10 ** 36 % 999983)
