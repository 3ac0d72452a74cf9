# Sequence concatenation and repetition dunders called directly raise TypeError (CPython sequence
# slots), while the operators still try the right operand's reflected method first.
class R:
    def __radd__(self, o): return ('radd', o)
    def __rmul__(self, o): return ('rmul', o)
class S(str): pass
class L(list): pass
class B(bytes): pass
tests = ["'a' + R()", "S('a') + R()", "[1] + R()", "L([1]) + R()", "'a' * R()", "S('a') * R()", "b'x' + R()", "(1,) + R()",
 "S('a') + 1", "L() + ()", "S('a') * 'x'", "b'a' + 'x'", "bytes.__add__(b'a', 'x')", "bytearray.__add__(bytearray(b'a'), 'x')",
 "list.__mul__([1], 2.0)", "S('ab') * 2", "S('a') + 'b'", "tuple.__mul__((1,), 'x')", "str.__add__('a', S('b'))", "[1].__add__(L([2]))",
 "str.__add__('a', 1)", "bytes.__mul__(b'a', 'x')", "list.__add__([], ())", "int.__add__(1, 'a')", "str.__mul__('a', 'b')",
 "tuple.__add__((), [])", "float.__add__(1.0, 'x')", "list.__mul__([1], 'x')", "'a'.__add__(1)", "3 * S('ab')", "'ab' * S('x')",
 "2 * L([1])", "'x'.__rmul__(3)", "'x'.__rmul__('y')", "B(b'a') + b'b'", "B(b'a') * 2", "L([1]) * 2", "'a' + S('b')", "S('a') + S('b')",
 "[1] * L()", "True * 'ab'"]
for expr in tests:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
