# bytearray mutation and conversions
ba = bytearray(b"hello")
print(ba, len(ba), ba[0])
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b" world")
print(ba)
ba[0:5] = b"HOWDY"
print(ba)
del ba[5]
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.reverse()
print(ba)
ba.remove(ord("o"))
print(ba, ba.count(b"W"), ba.find(b"Y"))
print(bytes(ba), bytearray(3), bytearray([1, 2, 3]), bytearray("\u00e9", "utf-8"))
x = bytearray(b"abc")
y = x
x += b"def"
print(x, y, x is y)
x *= 2
print(x, len(y))
print(x.upper(), type(x.upper()).__name__, x.decode())
print(bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"b") > b"a")
z = bytearray(b"0123456789")
z[::2] = b"xxxxx"
print(z)
z[2:4] = b""
print(z)
z[1:1] = b"INS"
print(z)
try:
    z[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
data = bytearray()
for i in range(10):
    data.append(i * 25)
print(data, list(data), sum(data), max(data))
print(data.hex(), bytearray.fromhex("ff 00 10"))
buf = bytearray(b"key:value")
k, sep, v = buf.partition(b":")
print(k, sep, v, type(k).__name__)
print(bytearray(b"  s  ").strip(), bytearray(b"a b").split())
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), len(mv), mv.tobytes())
