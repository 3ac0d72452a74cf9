from io import BytesIO

b = BytesIO()
print(b.write(b"hello\n"), b.write(bytearray(b"world\n")), b.tell())
print(b.getvalue())
b.seek(0)
print(b.readline(), b.read(3), b.read(), b.read())
b.seek(0)
print(b.readlines())
b.seek(0)
print([line for line in b])
print(b.seek(-3, 2), b.read())
print(b.seek(2), b.seek(2, 1), b.tell())
print(b.truncate(4), b.getvalue())
b.seek(8)
b.write(b"Z")
print(b.getvalue())

c = BytesIO(b"\x00\x01\x02abc")
print(c.read(3), c.read1(2), c.tell())
buf = bytearray(4)
c.seek(0)
print(c.readinto(buf), buf)

try:
    BytesIO().write("text")
except TypeError as e:
    print("TypeError:", e)
try:
    BytesIO().seek(-1)
except ValueError as e:
    print("ValueError:", e)

with BytesIO(b"data") as d:
    print(d.read())
print(d.closed)
try:
    d.read()
except ValueError as e:
    print("ValueError:", e)
