"""An event bus with decorators, functools.wraps/partial/singledispatch and context managers."""
import functools
from collections import defaultdict
from contextlib import contextmanager, ExitStack
import itertools


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.log = []
        self._ids = itertools.count(1)

    def on(self, event, priority=0):
        def register(fn):
            self.handlers[event].append((-priority, next(self._ids), fn))
            self.handlers[event].sort()
            return fn
        return register

    def emit(self, event, **payload):
        results = []
        for _, _, fn in self.handlers.get(event, []):
            try:
                out = fn(**payload)
            except StopIteration:
                self.log.append(f"{event}: propagation stopped by {fn.__name__}")
                break
            except Exception as e:
                self.log.append(f"{event}: {fn.__name__} raised {type(e).__name__}: {e}")
                continue
            if out is not None:
                results.append(out)
        return results


def logged(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            calls.append(f"{prefix}{fn.__name__}({', '.join(f'{k}={v!r}' for k, v in sorted(kwargs.items()))}) -> {result!r}")
            return result
        return wrapper
    return deco


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper


calls = []
bus = EventBus()


@bus.on("order", priority=10)
@logged("[validate] ")
def validate(item, qty, **_):
    if qty <= 0:
        raise ValueError(f"bad quantity {qty}")
    return "valid"


@bus.on("order")
@counted
def ship(item, qty, **_):
    return f"shipped {qty} x {item}"


@bus.on("order", priority=5)
def fraud_check(item, qty, user="anon"):
    if user == "mallory":
        raise StopIteration
    return None


@bus.on("greet")
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"


print(bus.emit("order", item="book", qty=2))
print(bus.emit("order", item="pen", qty=0))
print(bus.emit("order", item="car", qty=1, user="mallory"))
print(bus.emit("greet", name="Ada"), bus.emit("nothing"))
hola = functools.partial(bus.emit, "greet", greeting="Hola")
print(hola(name="Luis"), hola.args, sorted(hola.keywords))
print("\n".join(bus.log))
print("\n".join(calls))
print(validate.__name__, validate.__wrapped__.__name__, ship.calls, ship.__name__)


@functools.singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int:{value:+d}"


@render.register(list)
def _(value):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register(str)
def _(value):
    return repr(value.upper())


print(render([1, -2, "x", [3.5, None]]), render(True))

opened = []


@contextmanager
def resource(name, fail=False):
    opened.append(name)
    print(f"  open {name}")
    try:
        if fail:
            raise RuntimeError(f"{name} failed to start")
        yield name.upper()
    finally:
        print(f"  close {name}")
        opened.remove(name)


try:
    with ExitStack() as stack:
        handles = [stack.enter_context(resource(n)) for n in ("db", "cache")]
        stack.callback(print, "  callback runs first")
        print("  using", handles)
        stack.enter_context(resource("queue", fail=True))
except RuntimeError as e:
    print("RuntimeError:", e, "| still open:", opened)

total = functools.reduce(lambda acc, kv: acc + kv[1], {"a": 3, "b": 4}.items(), 0)
print("reduce:", total, "cmp_to_key sort:",
      sorted(["pear", "Fig", "apple", "date"], key=functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a.lower() > b.lower()) - (a.lower() < b.lower()))))


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("2.0") <= Version("1.9"))
