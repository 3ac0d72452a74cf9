# staticmethod and classmethod
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024), Date(1, 1, 1).is_leap(2023))
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)
    @classmethod
    def reset(cls):
        cls.items = []
print(Registry.register("a"), Registry.register("b"), Registry().register("c"))
print(Registry.items)
Registry.reset()
print(Registry.items)
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), SubCounter.bump(), Counter.n, SubCounter.n)
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    def call_static(self):
        return self.add(1, 2) + Util.add(3, 4)
print(Util.add(10, 20), Util().call_static())
sm = staticmethod(lambda: "raw static")
class Late:
    f = sm
print(Late.f(), Late().f())
class CM:
    @classmethod
    def who(cls):
        return cls.__name__
class CM2(CM):
    pass
print(CM.who(), CM2.who(), CM2().who())
bound = CM2.who
print(bound())
print(type(Util.__dict__["add"]).__name__, type(CM.__dict__["who"]).__name__)
print(Util.__dict__["add"].__func__(5, 6))
class Temperature:
    def __init__(self, c):
        self.c = c
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(c):
        return c >= -273.15
print(Temperature.from_f(212).c, Temperature.from_f(-40).c, Temperature.valid(-300))
