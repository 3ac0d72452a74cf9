# with statement: exceptions inside __enter__/__exit__, nesting, suppression
class Tracker:
    def __init__(self, name, fail_enter=False, fail_exit=False, swallow=()):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
        if self.fail_exit:
            raise LookupError("exit failed " + self.name)
        return et is not None and issubclass(et, self.swallow)
try:
    with Tracker("A"), Tracker("B", fail_enter=True), Tracker("C"):
        print("body never runs")
except RuntimeError as e:
    print("caught", e)
try:
    with Tracker("D", fail_exit=True):
        raise ValueError("body error")
except LookupError as e:
    print("caught", e, "context:", repr(e.__context__))
with Tracker("outer", swallow=(ZeroDivisionError,)):
    with Tracker("inner", swallow=(KeyError,)):
        1 / 0
    print("not printed")
print("continued")
with Tracker("E", swallow=(ArithmeticError,)):
    raise OverflowError("big")
print("subclass swallowed")
def gen_ctx():
    log = []
    class C:
        def __enter__(self):
            log.append("in")
        def __exit__(self, *a):
            log.append("out:" + (a[0].__name__ if a[0] else "ok"))
            return True
    for i in range(3):
        with C():
            if i == 1:
                raise IndexError
            log.append(i)
    return log
print(gen_ctx())
def finally_and_with():
    try:
        with Tracker("F"):
            return "from with"
    finally:
        print("finally after with exit")
print(finally_and_with())
class Exit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("traceback present:", tb is not None, "exc:", repr(ev))
        return True
with Exit():
    int("not a number")
print("done")
