import io
from io import StringIO

s = StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print("line:", repr(line))
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.write("!")
print(repr(s.getvalue()))
s.seek(0, 2)
print(s.tell())
s.seek(10)
s.write("x")
print(repr(s.getvalue()))

t = StringIO("abc\ndef\nghi")
print(t.tell(), repr(t.read(2)), repr(t.readline()), repr(t.readline(2)), t.tell())
print(t.readlines())
t.seek(1)
t.write("ZZ")
print(repr(t.getvalue()))

u = StringIO("a\r\nb\rc\n")
print(repr(u.getvalue()), u.readlines())
u2 = StringIO("a\r\nb\rc\n", newline=None)
print(repr(u2.getvalue()), u2.readlines())
u3 = StringIO("a\r\nb\rc\n", newline="")
print(u3.readlines())
u4 = StringIO(newline="\r\n")
u4.write("x\ny\n")
print(repr(u4.getvalue()))

with StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for op in (c.read, c.getvalue, c.tell, lambda: c.write("x")):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)

try:
    StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    StringIO().seek(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    StringIO("ab").seek(1, 1)
except OSError as e:
    print("OSError:", e)

w = StringIO()
w.writelines(["a", "b", "c"])
print(w.getvalue(), w.readable(), w.writable(), w.seekable(), w.isatty())
print(type(w).__name__, isinstance(w, io.StringIO))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
