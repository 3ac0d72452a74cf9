# finally with return/break/continue
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally overrides"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(f4())
def f5():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(f5())
def f6():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "break in finally swallowed, i=" + str(i)
print(f6())
def f7():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            out.append("caught" + str(i))
            continue
        finally:
            out.append("fin" + str(i))
    return out
print(f7())
def f8():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f8())
def f9():
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            return i
        finally:
            print("loop finally", i)
print(f9())
def f10():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(f10())
def f11(n):
    try:
        if n:
            raise ValueError("n")
        return "normal"
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("f11 finally", n)
print(f11(0), f11(1))
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
for v in g:
    print("gen value", v)
    break
print("after break, before close")
g.close()
print("end")
