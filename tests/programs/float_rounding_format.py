# Float rounding and formatting edge cases
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1e-10, 123456.789, 1e21, 1e-7]
for v in vals:
    print(repr(v), round(v), round(v, 2), f"{v:.2f}", f"{v:.3g}", f"{v:e}", str(v))
print(round(1234.5678, -2), round(-1234.5678, -1), round(0.0001234, 6), round(5e-324, 400))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(f"{0.1:.20f}", f"{1/3:.17g}", f"{2**0.5:.30f}")
print(f"{1e16:.0f}", f"{1e22:f}", f"{123.0:g}", f"{1e-4:g}", f"{1e-5:g}", f"{1234567.0:g}", f"{12345678.0:g}")
print(f"{3.14159:08.3f}", f"{-3.14159:08.3f}", f"{3.14159:+.1f}", f"{0.0:+.1f}", f"{-0.0:+.1f}")
print(f"{1.5:.0%}", f"{0.005:.1%}", f"{1:.2%}", f"{1e3:,.1f}", f"{-1234.5:_.1f}")
print(f"{12.5:^10.1f}|", f"{12.5:*<10}|", f"{12.5:>10e}|", f"{12.5:=+10.2f}|")
print(str(1.0), str(10.0), str(1e15), str(1e16), str(123456789012.0), str(0.1 + 0.2), str(1 / 3))
print(float("1e-400"), float("-1e-400"), float("1e400"), float("0.1e1"), float(".5"), float("5."))
print(0.1 + 0.2 - 0.3, 1 - 0.9, 100 * 1.1, 3.3 * 3)
print(int(0.1 + 0.2 == 0.3), round(0.1 + 0.2, 15) == round(0.3, 15))
print([round(x * 0.1, 1) for x in range(11)])
print(sum([1e20, 1.0, -1e20]), 1e20 + 1.0 - 1e20, (1e20 - 1e20) + 1.0)
print(1.0 / 3 * 3 == 1.0, 0.1 * 3 / 3 == 0.1, 2.0 ** 53 + 1 == 2.0 ** 53)
print("%.2f %.3e %g %G %10.4f|" % (2.675, 12345.6789, 0.00001, 1e-20, 3.14159265))
print(format(1e-7, ".2e"), format(9.995, ".2f"), format(9.9949, ".2f"), format(0.5, ".0f"), format(1.5, ".0f"))
