# raise from, __cause__, __context__, __suppress_context__
def show(e):
    print(type(e).__name__, repr(str(e)))
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("bad value") from z
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("no context") from None
except TypeError as e:
    show(e)
try:
    raise ValueError("direct") from KeyError("the cause")
except ValueError as e:
    show(e)
try:
    raise ValueError("clsfrom") from KeyError
except ValueError as e:
    show(e)
try:
    try:
        try:
            raise OSError("level1")
        except OSError:
            raise KeyError("level2")
    except KeyError:
        raise IndexError("level3")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print("chain:", chain)
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        raise KeyError("a")
    except KeyError as ke:
        ke2 = ke
        raise
except KeyError as e:
    print("reraised same object:", e is ke2, e.__context__)
try:
    try:
        raise ValueError("inner")
    finally:
        pass
except ValueError as e:
    print("no context from finally:", e.__context__)
try:
    try:
        raise ValueError("orig")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print("finally context:", repr(e.__context__))
err = RuntimeError("manual")
err.__cause__ = KeyError("set manually")
print(err.__suppress_context__, repr(err.__cause__))
