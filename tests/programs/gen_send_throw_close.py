# send, throw, close
def echo():
    print("started")
    received = None
    while True:
        try:
            received = yield received
            print("got", received)
        except ValueError as e:
            print("caught ValueError", e)
            received = "recovered"
        finally:
            pass
g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("bad")))
print(g.send(3))
g.close()
print("closed")
try:
    g.send(4)
except StopIteration:
    print("StopIteration after close")
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
c = cleanup()
print(next(c))
c.close()
c.close()
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
ie = ignore_exit()
next(ie)
ie.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bc = bad_close()
next(bc)
try:
    bc.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw propagates", repr(e))
t2 = thrower()
next(t2)
try:
    t2.throw(TypeError("tt"))
except TypeError as e:
    print("TypeError:", e)
def send_unstarted():
    yield 1
su = send_unstarted()
try:
    su.send(5)
except TypeError as e:
    print("TypeError:", e)
print(su.send(None))
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 40]:
    print("avg", a.send(v))
def catch_and_return():
    try:
        yield 1
    except Exception as e:
        return "handled " + type(e).__name__
cr = catch_and_return()
next(cr)
try:
    cr.throw(IndexError)
except StopIteration as e:
    print(e.value)
