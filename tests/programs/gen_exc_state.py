def gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        import sys
        print("in gen", repr(sys.exc_info()[1]))
    yield 2
g = gen()
next(g)
try:
    raise ValueError("outer")
except ValueError as e:
    print("ctx", repr(e.__context__))
next(g)
import sys
print(sys.exc_info())
