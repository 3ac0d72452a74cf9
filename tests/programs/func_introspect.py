# Function objects: attributes, docstrings, first-class use
def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__doc__)
print(documented.__name__, documented.__qualname__)
def nodoc():
    pass
print(nodoc.__doc__)
class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__)
documented.custom = "attr"
print(documented.custom)
funcs = [documented, nodoc, len]
print([callable(f) for f in funcs], callable(3))
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([abs, str, lambda x: x * 2], -4))
def higher(n):
    def mult(x):
        return x * n
    mult.__name__ = "mult_by_" + str(n)
    return mult
m3 = higher(3)
print(m3.__name__, m3(7))
print(documented(*(1,), **{}))
dispatch = {"len": len, "max": max, "sorted": sorted}
for name in ["len", "max", "sorted"]:
    print(name, dispatch[name]([3, 1, 2]))
def gen_func():
    yield 1
print(type(gen_func).__name__, type(gen_func()).__name__)
print(type(lambda: 0).__name__)
print(documented == documented, documented != nodoc)
def f(x):
    return x
g = f
del f
print(g(5), g.__name__)
def annotated(a: int, b: str = "x") -> bool:
    return True
print(annotated.__annotations__)
print(annotated(1))
