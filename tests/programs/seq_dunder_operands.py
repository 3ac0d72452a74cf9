# str/bytes __add__/__mul__ called directly: results, subclass and reflected dispatch, TypeErrors.
print(str.__add__("a","b"), str.__mul__("ab",3), str.__rmul__("x",2), bytes.__add__(b"a",b"c"), bytes.__mul__(b"z",3), bytes.__rmul__(b"q",2))
class S(str): pass
print(S("a")+"b", 3*b"ab", b"a"+bytearray(b"b"))
try: "a"+b"b"
except TypeError as e: print(e)
try: b"a"*"b"
except TypeError as e: print(e)
class R:
    def __radd__(self, o): return ("radd", o)
    def __rmul__(self, o): return ("rmul", o)
print("a"+R(), b"a"+R(), "a"*R(), b"b"*R())
class S(str):
    def __radd__(self, o): return "S.radd"
    def __add__(self, o): return "S.add:" + str.__add__(self, o)
print("a"+S("b"), S("b")+"c")
class B(bytes): pass
print(B(b"x")+b"y", type(B(b"x")+b"y"), B(b"x")*2)
