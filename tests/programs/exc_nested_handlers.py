# Nested handlers, exception in except, bare raise, exception variable cleanup
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        print("level2 saw", repr(e))
        raise
def level1():
    try:
        level2()
    except LookupError as e:
        print("level1 saw", repr(e))
        return "handled"
print(level1())
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("in except")
except TypeError as e:
    print("outer got", repr(e), "context", repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("handling", e)
        try:
            raise OSError("inside handler")
        except OSError as e2:
            print("inner handled", e2)
        print("still in handler, e is", repr(e))
        raise
except ZeroDivisionError as e:
    print("re-raised", repr(e))
e = "outer value"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def bare_raise_no_active():
    try:
        raise
    except RuntimeError as r:
        print("RuntimeError:", r)
bare_raise_no_active()
import sys
def show_exc_info():
    print(sys.exc_info()[0])
    try:
        raise IndexError("idx")
    except IndexError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
        try:
            raise KeyError("key")
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
show_exc_info()
results = []
for val in ["1", "x", "3", None, "0"]:
    try:
        try:
            n = int(val)
            results.append(10 // n)
        except ValueError:
            results.append("bad")
    except TypeError:
        results.append("none")
    except ZeroDivisionError:
        results.append("div0")
print(results)
def handler_raises_different():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as v:
            return repr(v.__context__)
print(handler_raises_different())
