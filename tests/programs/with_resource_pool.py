# Context managers managing shared state: pools, nesting, reentrancy, suppression
class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                if not pool.free:
                    raise RuntimeError("pool exhausted")
                self.conn = pool.free.pop(0)
                pool.log.append(f"+{self.conn}")
                return self.conn
            def __exit__(self, et, ev, tb):
                pool.free.append(self.conn)
                pool.log.append(f"-{self.conn}")
                return False
        return Lease()
pool = Pool(2)
with pool.acquire() as a:
    with pool.acquire() as b:
        print("holding", a, b, "free", pool.free)
        try:
            with pool.acquire():
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print("released b, free", pool.free)
print("all released", sorted(pool.free), pool.log)
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(repr(ev))
            return True
        return False
s = Suppress(KeyError, ZeroDivisionError)
for action in [lambda: {}["x"], lambda: 1 / 0, lambda: "fine"]:
    with s:
        print("result", action())
print(s.caught)
try:
    with s:
        int("x")
except ValueError as e:
    print("not suppressed:", e)
class Indent:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *a):
        self.level -= 1
    def say(self, msg):
        print("  " * self.level + msg)
ind = Indent()
ind.say("top")
with ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back to one")
ind.say("top again")
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, et, ev, tb):
        self.exited_with = et.__name__ if et else None
t = Timer()
try:
    with t:
        raise LookupError
except LookupError:
    pass
print(t.entered, t.exited_with)
