# annotations stored in __annotations__ of modules, classes, functions
x: int = 5
y: "str"
z: list = [1, 2]
print("module annotations:", {k: (v if isinstance(v, str) else v.__name__ if isinstance(v, type) else str(v)) for k, v in __annotations__.items()})
print("y defined:", "y" in globals())

class Point:
    x: int
    y: int = 0
    label: str = "p"
    def m(self):
        pass

print("class annotations keys:", list(Point.__annotations__))
print("Point.y:", Point.y, "has x:", hasattr(Point, "x"))

def f(a: int, b: "float" = 1.0, *args: str, c: bool = True, **kw: dict) -> list:
    return [a, b, c]

ann = f.__annotations__
print("func annotation keys:", list(ann))
print("return:", ann["return"].__name__, "b:", ann["b"], "args:", ann["args"].__name__)

def g(a, b):
    return a + b
print("no annotations:", g.__annotations__)

def h():
    # annotations in function bodies are not evaluated nor stored
    local: undefined_name_here = 3
    other: also_undefined
    return local
print("h():", h())
print("h annotations:", h.__annotations__)

lam = lambda q: q
print("lambda annotations:", lam.__annotations__)

class Child(Point):
    z: float = 1.5
print("child annotations:", list(Child.__annotations__))
print("child inherits y:", Child.y)

# annotation expressions at module level ARE evaluated
calls = []
def ann_value(n):
    calls.append(n)
    return n
w: ann_value("first") = 1
v: ann_value("second")
print("evaluated annotations:", calls)
print("w/v annotations:", __annotations__["w"], __annotations__["v"])

# annotated assignment to attribute/subscript targets do not record
class Box:
    pass
b = Box()
b.attr: int = 7
d = {}
d["k"]: str = "val"
print("b.attr:", b.attr, "d:", d)
print("attr recorded?", "attr" in __annotations__, "b.attr" in __annotations__)

f.__annotations__["extra"] = int
print("modified keys:", list(f.__annotations__))
