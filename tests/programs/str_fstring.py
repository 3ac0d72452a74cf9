# f-strings with format specs
x = 42
pi = 3.14159265358979
name = "Ada"
print(f"{x}|{x:5}|{x:<5}|{x:^5}|{x:>5}|{x:*^9}|{x:05}|{x:+}|{-x:+}|{x: }|")
print(f"{name}|{name:8}|{name:>8}|{name:^8}|{name:.2}|{name:_<6}|{name!r}|{name!s:>5}|")
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:e}|{pi:.3e}|{pi:g}|{pi:.3g}|{pi:%}|{0.25:.1%}|")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}|{-9876543:,}|{0xFFFFFF:_x}|{255:_b}|")
print(f"{255:x}|{255:X}|{255:#x}|{255:o}|{255:#o}|{255:b}|{255:#b}|{255:08b}|{255:#010x}|")
print(f"{x:d}|{-x:d}|{True:d}|{x:c}|{65:c}|{x:n}|")
print(f"{1e20:g}|{1e-5:g}|{123456789.0:g}|{0.0001:g}|{1.5e300:.2g}|{100.0:g}|")
print(f"{x=}|{pi=:.2f}|{name=!s}|{x + 1 = }|")
print(f"{'nested ' + name}|{[1, 2][1]}|{ {'k': 5}['k'] }|{(lambda v: v * 2)(4)}|")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name:>{width}}|{x:{'<'}{width}}|")
print(f"{{literal braces}}|{x}{{}}|")
print(f"{float('inf')}|{float('-inf'):>6}|{float('nan')}|{float('inf'):.2f}|")
print(f"{-0.0}|{-0.0:.1f}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{-1.5:.0f}|")
print(f"{12.0:=+8.2f}|{-12:=8}|{12:=^8}|{3.0:.0e}|")
e_acute = chr(233)
print(f"{'a'!r:>5}|{'b'!a}|{e_acute!a}|{e_acute!r}|")
items = [("apple", 1.25, 3), ("kiwi", 0.5, 12)]
for n, p, q in items:
    print(f"{n:<8}{p:>6.2f}{q:>4d}{p * q:>8.2f}")
print(f"{1/3:.10f}|{2/3:.15g}|{10**20:e}|{12345.6789:.2e}|{0.000123:.2e}")
print(f"{5:3d}%|{'%'}|{100:>5}%")
print(f"{3:+05d}|{-3:+05d}|{3.5:+.1f}|{-3.5: .1f}|{3.5: .1f}")
print(f"{123.456:.0f}|{123.456:.1f}|{0.125:.2f}|{0.375:.2f}|{2.675:.2f}")
val = 7
print(f"""multi
line {val}
""", end="")
print(f"{'yes' if val > 5 else 'no'}|{val:#x}|{val!r}")
print(f"{1234.5:_.2f}|{12345678:,d}|{1e6:,.0f}")
