# contextlib: contextmanager, suppress, closing, nullcontext, redirect_stdout
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as value:
    print("inside", value)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}["missing"]
print("after swallow")
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not swallowed: ZeroDivisionError")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)


@tag("section")
def decorated(x):
    print("body", x)
    return x * 2


print(decorated(21))
print(decorated(1))
print(tag.__name__, decorated.__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with suppress(ArithmeticError):
    1 / 0
print("suppressed ZeroDivisionError via base class")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError passes through:", e)
with suppress():
    pass


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)
try:
    with closing(Resource("net")):
        raise OSError("down")
except OSError as e:
    print("OSError:", e)

with nullcontext(42) as n:
    print("nullcontext gives", n)
with nullcontext() as n:
    print("nullcontext default", n)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap) as target:
    print("hidden", 1, 2)
    print("second line")
print(target is cap, "".join(cap.parts).splitlines())
print(sys.stdout is sys.__stdout__)


def maybe_lock(use):
    return tag("lock") if use else nullcontext()


for use in (True, False):
    with maybe_lock(use):
        print("critical", use)
