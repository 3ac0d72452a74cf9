# with statement: __enter__/__exit__ ordering and values
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
with Ctx("b", suppress=True):
    print("before raise")
    raise ValueError("swallowed")
    print("not reached")
print("after suppressed")
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)
def early():
    with Ctx("ret"):
        return "returned value"
print(early())
for n in range(3):
    with Ctx(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class NoValue:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with NoValue() as nv:
    print("as value", nv)
with Ctx("x") as (p):
    print(p)
class Tup:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with Tup() as (a, [b, c]):
    print(a, b, c)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
