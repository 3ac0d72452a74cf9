# try/except/else/finally execution order
def run(case):
    log = []
    try:
        log.append("try")
        if case == 1:
            raise ValueError("v")
        if case == 2:
            raise KeyError("k")
        if case == 3:
            return log + ["returned-from-try"]
        log.append("try-end")
    except ValueError as e:
        log.append("except-value:" + str(e))
    except (KeyError, IndexError) as e:
        log.append("except-lookup:" + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for c in range(4):
    print(c, run(c))
def order():
    try:
        print("A")
        try:
            print("B")
            raise TypeError("t")
        finally:
            print("C inner finally")
        print("never")
    except TypeError:
        print("D handler")
    else:
        print("never else")
    finally:
        print("E outer finally")
order()
try:
    raise IndexError
except LookupError:
    print("caught IndexError as LookupError")
try:
    {}["x"]
except IndexError:
    print("wrong")
except Exception as e:
    print("generic", type(e).__name__, e)
try:
    pass
except Exception:
    print("never")
else:
    print("else runs without exception")
x = None
try:
    x = 1 / 0
except ZeroDivisionError as err:
    msg = str(err)
print(msg, x)
try:
    err
except NameError as e:
    print("NameError:", e)
def multiple():
    for exc in [ValueError, TypeError, ZeroDivisionError, OSError]:
        try:
            raise exc("m")
        except (ValueError, TypeError):
            print("first group", exc.__name__)
        except ArithmeticError:
            print("arith", exc.__name__)
        except BaseException as b:
            print("base", type(b).__name__)
multiple()
try:
    try:
        raise ValueError("x")
    except TypeError:
        print("no")
except ValueError as e:
    print("outer caught", e)
