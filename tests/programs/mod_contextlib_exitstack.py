# contextlib: ExitStack (enter_context, callback, push, pop_all, close) and exception flow
from contextlib import ExitStack, contextmanager, suppress


@contextmanager
def resource(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    log.append("using " + ",".join(names))
print(log)

log = []
with ExitStack() as stack:
    stack.callback(lambda *a, **k: log.append(("cb", a, k)), 1, x=2)
    stack.enter_context(resource("r", log))
print(log)

# pop_all transfers the callbacks
log = []
with ExitStack() as stack:
    stack.enter_context(resource("kept", log))
    later = stack.pop_all()
print(log)
later.close()
print(log)

# push accepts __exit__-style callables; a true result suppresses
seen = []


def exit_cb(exc_type, exc, tb):
    seen.append(exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(exit_cb)
    raise KeyError("gone")
print("suppressed by push:", seen)


class CM:
    def __enter__(self):
        print("CM enter")
        return self

    def __exit__(self, *exc):
        print("CM exit", exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    stack.push(CM())
    print("pushed without entering")

try:
    with ExitStack() as stack:
        stack.enter_context(CM())
        stack.enter_context(suppress(ZeroDivisionError))
        1 / 0
    print("division suppressed inside the stack")
    with ExitStack() as stack:
        stack.enter_context(CM())
        raise ValueError("outer")
except ValueError as e:
    print("ValueError:", e)


# an exception raised by a callback replaces the original one, chained to it
def fail():
    raise RuntimeError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(fail)
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)


# a variable number of files/resources, all released in reverse order
def process(names):
    out = []
    with ExitStack() as stack:
        handles = [stack.enter_context(resource(n, out)) for n in names]
        out.append("got " + "+".join(handles))
    return out


print(process(["x", "y"]))
print(process([]))

# several failing callbacks: each new exception is chained to the one it replaced
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        stack.callback(lambda: [][1])
        raise KeyError("k")
except ZeroDivisionError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(" <- ".join(chain))
