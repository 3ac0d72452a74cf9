# __class_getitem__ and generic aliases of builtins
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int] if False else Box["x"])
print(Box[1, 2])
print(Box[3])

class Typed:
    registry = {}
    def __class_getitem__(cls, t):
        if t not in cls.registry:
            cls.registry[t] = type(f"Typed_{t.__name__}", (cls,), {"item_type": t})
        return cls.registry[t]
    def check(self, v):
        return isinstance(v, self.item_type)

TI = Typed[int]
print(TI.__name__, TI is Typed[int], issubclass(TI, Typed))
print(TI().check(3), TI().check("3"))
print(Typed[str]().check("s"))

# __class_getitem__ is implicitly a classmethod; instance indexing uses __getitem__
class Both:
    def __class_getitem__(cls, k):
        return ("class", k)
    def __getitem__(self, k):
        return ("instance", k)
print(Both[5], Both()[5])

class Sub(Box):
    pass
print(Sub["y"])
