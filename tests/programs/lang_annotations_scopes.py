# annotations: evaluation timing, scopes, and interaction with classes/functions
order = []
def mark(label, value):
    order.append(label)
    return value

def f(a: mark("param a", int), b: mark("param b", str) = mark("default b", "x")) -> mark("return", None):
    inner: mark("body annotation", int) = 5
    return inner
print("after def:", order)
order.clear()
print("call:", f(1), order)

class C:
    order.append("class body start")
    attr: mark("class ann", int) = mark("class value", 3)
    only_ann: mark("class ann2", str)
print("class:", order, list(C.__annotations__), C.attr, hasattr(C, "only_ann"))
order.clear()

def outer():
    x: int = 1
    y: str
    def inner():
        return x
    return inner(), "y" in locals()
print("function locals:", outer())

def uses_unbound():
    z: int
    try:
        return z
    except UnboundLocalError:
        return "z unbound"
print(uses_unbound())

class WithMethods:
    count: int = 0
    def method(self, x: "WithMethods") -> "WithMethods":
        return self
print(WithMethods.method.__annotations__)
print(WithMethods.__annotations__)

def kwonly(*, key: bool = False, **rest: int) -> None:
    pass
print(list(kwonly.__annotations__.items()))

g = lambda: None
print(g.__annotations__ == {}, type(f.__annotations__).__name__)

class Base:
    a: int
class Derived(Base):
    b: str
print(Base.__annotations__, Derived.__annotations__, "a" in Derived.__annotations__)

for i in range(2):
    loopvar: int = i * 10
print("loop annotated:", loopvar, __annotations__["loopvar"].__name__)

(paren): int = 4
print("paren target:", paren, "paren" in __annotations__)
