# printf-style % formatting
print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%%" % ())
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.2E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 1e-7, 1e20))
print("%s|%10s|%-10s|%.2s|%c|%c" % ("str", "right", "left", "truncate", "Z", 97))
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 30})
print("%(x)s %(x)r %(y)05.1f" % {"x": "k", "y": 2.345})
print("%*d|%-*d|%.*f" % (6, 7, 6, 7, 2, 1.23456))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%d" % True, "%d" % 3.99)
print("%i|%u" % (-7, 7), "%s" % 10 ** 30, "%d" % -10 ** 25, "%x" % 2 ** 70)
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%a" % "\u00e9", "%r" % "\u00e9")
for v in [0, 1, -1, 1.5, -2.25]:
    print("[%6.2f] [%-8s] [%+.1e]" % (v, v, v))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    "%(k)s" % {"j": 1}
except KeyError as e:
    print("KeyError:", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%s" % "%d", "%%d" % (), "100%%" % ())
print(b"%s-%d" % (b"bytes", 5), b"%x" % 255)
