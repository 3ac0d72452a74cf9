# contextlib: exception chaining through ExitStack callbacks, and the generator-based
# context manager's handling of thrown-in exceptions
from contextlib import ExitStack, contextmanager, nullcontext, closing, suppress


def raiser(exc):
    def callback(*exc_info):
        raise exc
    return callback


def chain(exc):
    names = []
    while exc is not None:
        names.append(repr(exc))
        exc = exc.__context__
    return names


# A callback's exception replaces the one in flight and links to it.
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("k1")))
        stack.push(raiser(IndexError("i1")))
        raise ValueError("body")
except Exception as exc:
    print(chain(exc))

# Without an exception from the body.
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("k2")))
        stack.push(raiser(IndexError("i2")))
except Exception as exc:
    print(chain(exc))

# Inside an except block: the handled exception is not appended to the chain.
try:
    try:
        raise KeyError("outer")
    except KeyError:
        with ExitStack() as stack:
            stack.push(raiser(IndexError("inner1")))
            stack.push(raiser(TypeError("inner2")))
except Exception as exc:
    print(chain(exc))

# A later callback can suppress what an earlier one raised.
with ExitStack() as stack:
    stack.push(lambda *info: print("suppressing", info[0].__name__) or True)
    stack.push(raiser(IndexError("i3")))
print("after suppression")

# Callbacks see the exception details left by the callbacks run before them.
with ExitStack() as stack:
    stack.push(lambda t, v, tb: print("last sees", t and t.__name__, v) or True)
    stack.push(lambda t, v, tb: print("first sees", t and t.__name__, v))
    raise LookupError("from body")

print(ExitStack().__exit__(None, None, None))


@contextmanager
def guarded(label, swallow=()):
    print("enter", label)
    try:
        yield label.upper()
    except swallow as exc:
        print("swallowed", type(exc).__name__)
    finally:
        print("exit", label)


outcomes = []
for label, swallow, error in (("a", (), None), ("b", (ValueError,), ValueError),
                              ("c", (), KeyError)):
    try:
        with guarded(label, swallow) as value:
            outcomes.append(value)
            if error is not None:
                raise error(label)
    except KeyError as exc:
        outcomes.append("propagated " + str(exc))
print(outcomes)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def yields_twice():
    yield 1
    yield 2


@contextmanager
def yields_again_on_error():
    try:
        yield
    except Exception:
        yield


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as exc:
        raise ArithmeticError("converted") from exc


@contextmanager
def plain():
    yield


for maker, body_error in ((no_yield, None), (yields_twice, None),
                          (yields_again_on_error, ZeroDivisionError)):
    try:
        with maker():
            if body_error:
                raise body_error()
    except RuntimeError as exc:
        print(maker.__name__, "->", exc, exc.__suppress_context__)

try:
    with converts():
        1 / 0
except ArithmeticError as exc:
    print(type(exc).__name__, exc, type(exc.__cause__).__name__)

try:
    with plain():
        raise StopIteration("stop")
except StopIteration as exc:
    print("StopIteration kept:", exc)


@guarded("decorated")
def work(n):
    print("working", n)
    return n * 2


print(work(1), work(2), work.__name__)

cm = guarded("attrs")
print(cm.__doc__ is None, type(cm).__name__, cm.args, cm.kwds, cm.func.__name__)
with cm:
    pass
print(hasattr(cm, "args"), hasattr(cm, "func"))


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext([1]) as v:
    print(v)
with suppress(KeyError, IndexError):
    {}["missing"]
print("done")
