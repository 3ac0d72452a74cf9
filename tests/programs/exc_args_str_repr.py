# Exception args, str and repr
cases = [
    ValueError(),
    ValueError("one"),
    ValueError("one", "two"),
    ValueError(42),
    ValueError(None),
    KeyError("k"),
    KeyError(),
    KeyError("a", "b"),
    IndexError("list index out of range"),
    OSError(2, "No such file"),
    StopIteration(7),
    Exception([1, 2], {"a": 1}),
    RuntimeError(""),
    SystemExit(3),
]
for e in cases:
    print(type(e).__name__, "args=", e.args, "str=", repr(str(e)), "repr=", repr(e))
e = ValueError("x")
e.args = ("replaced", 1)
print(e, repr(e))
try:
    {"a": 1}["b"]
except KeyError as err:
    print(err, repr(err), err.args)
try:
    raise TypeError
except TypeError as err:
    print(repr(err), err.args, str(err) == "")
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
oe = OSError(2, "No such file")
print(oe.errno, oe.strerror)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
x = E("first", "second")
print(x, x.args, x.b, repr(x))
print(str(KeyError("it's")), repr(KeyError('say "hi"')))
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as u:
    print(u.encoding, u.start, u.end, u.reason)
    print(u)
ne = NameError("name 'q' is not defined")
print(ne, ne.args)
try:
    undefined_thing
except NameError as n:
    print(n, n.args)
try:
    object().missing
except AttributeError as a:
    print(a, a.args)
