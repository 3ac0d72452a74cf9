# functools: singledispatch (by type and by annotation) and cached_property
from functools import singledispatch, cached_property, singledispatchmethod


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return f"list of {len(obj)}"


def describe_str(obj):
    return f"str {obj.upper()}"


describe.register(str, describe_str)


@describe.register
def _(obj: dict, verbose=False):
    return "dict " + (str(sorted(obj)) if verbose else str(len(obj)))


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(obj):
    return "animal " + type(obj).__name__


print(describe(5), describe(True), describe(2.5), describe("hi"))
print(describe([1, 2]), describe({"b": 1, "a": 2}), describe({"x": 1}, verbose=True))
print(describe(Dog()), describe(Animal()), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float).__name__)
print(describe.__name__, sorted(t.__name__ for t in describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    @describe.register
    def _(obj):
        return "no annotation"
except TypeError as e:
    print("TypeError:", str(e)[:40])


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"

    @fmt.register
    def _(self, arg: int):
        return f"# {arg:03d}"

    @fmt.register
    def _(self, arg: float):
        return f"~ {arg:.1f}"


f = Formatter()
print(f.fmt(7), f.fmt(2.25), f.fmt("x"))


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        """Sum of the values."""
        self.computed += 1
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total, d.computed)
print("total" in d.__dict__, d.__dict__["total"])
d.values.append(10)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 99
print(d.total, d.computed)
print(type(Dataset.total).__name__, Dataset.total.__doc__, Dataset.total.attrname)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print("TypeError:", e)
