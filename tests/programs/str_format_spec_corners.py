# format mini-language corners
print(f"[{'ab':>5}] [{'ab':<5}] [{'ab':^5}] [{'ab':*^6}] [{'abc':.2}] [{'abc':5.1}]")
print(f"[{42:05}] [{-42:05}] [{42:+}] [{42: }] [{-42: }] [{42:=+6}] [{42:x^7}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:#o}] [{255:#b}] [{255:08b}] [{255:#010x}]")
print(f"[{1234567:,}] [{1234567:_}] [{0xFFFFFF:_x}] [{1234567:_b}] [{-1234567:,}]")
print(f"[{65:c}] [{True:d}] [{True}] [{None!r}] [{'x'!r:>5}] [{'é'!a}]")
print(f"[{3:{'>'}{5}}] [{3.14159:{8}.{3}f}] [{'w':{'^'}{7}}]")
print("[{:>{w}}] [{:.{p}f}] [{0}{1}{0}]".format("r", 2.71828, w=4, p=2) if False else "[{:>{w}}] [{:.{p}f}]".format("r", 2.71828, w=4, p=2))
print("{0[1]} {0[0]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 7))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:e}".format(0), "{:g}".format(100000), "{:g}".format(1000000))
print("{{literal}} {}".format("x"), f"{{}}{1 + 1}{{", "{!s:>4}".format(7))
print(format(123, ""), format("s", ""), format(1.5, ""), format(12, "n"), format(-7, "o"))
print(f"{0:#x} {0:#b} {-1:#x} {-255:#X} {10:=^9}")
print(f"{12:<05}|{12:>05}|{12:^05}|")

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.c, spec) + "C"
t = Temp(21.5)
print(f"{t:.1F} {t:.0f} {t}", format(t, "6.2F"), "{:.2F}".format(t))

for spec, val in [("d", 3.0), (".2f", "s"), ("x", 1.5), ("=5", "s"), (",s", "abc"), ("c", -1)]:
    try:
        print(format(val, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, "for", repr(spec), "on", type(val).__name__)
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:".format(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "{2}".format(1)
except IndexError as e:
    print("IndexError:", e)
print(f"{'nested ' + f'{1 + 2:03}'}", f"{[1, 2]!s:>10}", f"{(1, 'a')}")
width, prec = 12, 4
print(f"|{3.14159265:^{width}.{prec}}|", f"|{'left':<{width}}|")
print(f"{1_000_000=}", f"{width * 2 = }", f"{prec!r:>3}")
