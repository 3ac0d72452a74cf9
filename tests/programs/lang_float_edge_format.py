# float formatting corner cases
vals = [0.0, -0.0, 1.0, 0.1, 1e16, 1e-5, 123456789.123, 1.5e300, 2.5, 3.5, -1.25, 0.125, float("inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3f}", f"{v:e}", f"{v:.2%}" if v == v and abs(v) < 1e20 else "-")
print(f"{1e16:.0f}", f"{2**53:.1f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-2.5), round(3.5))
print(f"{12345.6789:,.2f}", f"{-1234567.0:_.1f}", f"{0.000123:.2e}", f"{123.0:.3g}")
print(f"{1e-7}", f"{1e-4}", f"{1e22}", f"{1e21}", 1e15, 1e16, 123456789012345678.0)
print(f"{3.14159:10.3f}|", f"{3.14159:<10.2f}|", f"{3.14159:^10.1f}|", f"{-3.14:+08.2f}")
print(f"{3.0:#.0f}", f"{3.0:#g}", f"{1e10:#.3g}", f"{0.0001:g}", f"{0.00001:g}")
print(f"{float('inf'):10}|", f"{float('-inf'):<6}|", f"{float('nan'):+}", f"{float('inf'):08.2f}")
print("%.3f %e %g %G %5.1f%%" % (2.0 / 3, 12345.678, 1e-10, 1e-10, 99.44))
print("%r %s %10.4e" % (0.1, 0.1, 1 / 7))
print(format(1 / 3, ".17g"), format(2 / 3, ".20f"), format(1e100, ".5"))
print(format(5e-324, "e"), format(1.7976931348623157e308, "e"), format(-0.0, "+.1f"))
print(f"{100.0:n}", f"{1234.5:.6}", f"{1234.5:.2}", f"{0.5:.0%}", f"{1.0:}")
print(str(1.0 * 10 ** 15), str(1.0 * 10 ** 16), str(1.1e-4), str(0.0001), str(0.00001))
print(float("1_000.5"), float("  -12.5e-1 "), float(".5"), float("5."))
for bad in ["1e", "--1", "1_", "nan1", "0x10", ""]:
    try:
        float(bad)
        print("parsed", bad)
    except ValueError as e:
        print("ValueError:", e)
