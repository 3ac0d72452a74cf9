# Generator return values, StopIteration semantics and generator state
def g():
    yield 1
    return [1, 2, 3]
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
def raises_stop():
    yield 1
    raise StopIteration("inside")
rs = raises_stop()
print(next(rs))
try:
    next(rs)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
def running_flag():
    yield gr.gi_running
gr = running_flag()
print(gr.gi_running, next(gr))
def state():
    yield 1
s = state()
print(s.gi_frame is not None)
list(s)
print(s.gi_frame is None)
def manual_iter():
    class Counter:
        def __init__(self):
            self.n = 0
        def __iter__(self):
            return self
        def __next__(self):
            self.n += 1
            if self.n > 3:
                raise StopIteration
            return self.n
    return Counter()
print(list(manual_iter()))
def wrapper():
    result = yield from manual_iter()
    yield ("result", result)
print(list(wrapper()))
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
def gen_exception():
    yield 1
    raise ValueError("from gen")
ge = gen_exception()
print(next(ge))
try:
    next(ge)
except ValueError as e:
    print("ValueError:", e)
try:
    next(ge)
except StopIteration:
    print("finished after exception")
print(next(iter([]), "default"), next(g(), "x"))
