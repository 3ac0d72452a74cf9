# len, min/max with key/default, sum, abs, all, any, divmod, pow, round, ord/chr, hex/oct/bin, format
print(len([1, 2]), len("abc"), len({}), len(range(5)), len(b"xy"), len((1,)), len({1, 2, 2}))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(min([], default="empty"), max([], default=None), max([1, 2], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len), max([-5, 3], key=abs))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min([(1, "b"), (1, "a")]))
print(max(1, 2.5), min(True, 0), max([[1, 2], [1, 3]]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(10 ** 4)), sum([]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-3), abs(3.5), abs(-0.0), abs(-(2 ** 80)), abs(True))
print(all([1, 1]), all([1, 0]), all([]), any([0, 0]), any([0, 2]), any([]), all("abc"), any(x > 5 for x in range(10)))
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, 2), divmod(2 ** 70, 10 ** 9))
print(pow(2, 8), pow(2, 8, 10), pow(2.0, -1), pow(-2, 3), pow(10, -2))
print(round(3.14159, 2), round(3.5), round(4.5), round(-0.5), round(7, 2), round(1234.5678, -2))
print(ord("A"), ord("\n"), ord("\u00e9"), ord("\u20ac"), chr(65), chr(0x263A) == "\u263a", chr(10) == "\n")
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
print(hex(0), hex(4095), oct(64), bin(10), hex(-1), bin(2 ** 10))
print(format(3.14159, ".3f"), format(42, "08b"), format(1234567, ","), format("x", ">3"), format(0.25, "%"), format(255, "X"))
print(int(), float(), str(), bool(), list(), tuple(), dict(), repr(set()))
print(bool(0), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(-1))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", (list, tuple)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(float, int))
