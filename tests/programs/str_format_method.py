# str.format with positional, keyword, index and attribute fields
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Cy", age=7))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))
class P:
    def __init__(self):
        self.x = 10
        self.inner = self
        self.items = [7, 8]
p = P()
print("{0.x} {0.inner.x} {0.items[1]} {p.x}".format(p, p=p))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{:08.3f}|{:+d}|{:,}|{:x}|{:#b}|{:e}".format(3.14159, 5, 123456789, 255, 5, 12345.678))
print("{0:{1}}|{0:>{1}}|{2:.{3}f}".format("w", 6, 2.71828, 2))
print("{!r} {!s} {!a}".format("q", "q", "\u00e9"))
print("{{}} {{{}}}".format("inner"))
print("{0}{0}{0}".format("ab"), "{}".format(None), "{}".format([1, {2: 3}]))
print("{:.3}".format("truncated"), "{:10.3}|".format("abcdef"), "{:.3}".format(3.14159))
print("{:%}|{:.1%}|{:g}|{:G}".format(0.5, 0.1234, 1e-10, 1e-10))
print("{:=+10d}|{:=10.2f}".format(42, -3.5))
d = {"a": 1, "b": 2}
print("{a}-{b}".format(**d), "{0}-{1}".format(*"xy"))
print("{:c}{:c}{:c}".format(72, 105, 33))
print("{:n}".format(1234567), "{:_d}".format(1234567), "{:_b}".format(1023))
fmt = "{:<10}{:>10}"
print(fmt.format("Item", "Cost"))
for item, cost in [("tea", 2.5), ("cake", 4.25)]:
    print(fmt.format(item, format(cost, ".2f")))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
print("{0:>{w}} {1:^{w}}".format("a", "b", w=5))
print(format(123, ">6"), format(0.5, ".0%"), format("s", "^3"), format(10, "b"), repr(format(5, "")))
print("{:,.3f}".format(1234567.89123), "{:.2e}".format(0.0), "{:g}".format(0.0), "{:g}".format(-0.0))
