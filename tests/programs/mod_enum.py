# enum: Enum, IntEnum, auto, iteration, lookup by value and name, repr/str/format, aliases
from enum import Enum, IntEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color(2), Color["BLUE"], Color.RED in Color, Color, type(Color).__name__)
print(f"{Color.RED}", "{}".format(Color.BLUE), format(Color.GREEN, ">14") + "|")
print(list(Color.__members__), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print({Color.RED: "r"}[Color.CRIMSON], isinstance(Color.RED, Color), sorted(Color, key=lambda c: -c.value))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print([s.value for s in Step], Step.THIRD)

class Num(IntEnum):
    ONE = 1
    TWO = 2
    TEN = 10
print(Num.TWO, repr(Num.TWO), Num.TWO + 1, Num.TEN * 2, sorted([Num.TEN, Num.ONE]), Num(1) == 1)
print(f"{Num.TEN}", str(Num.ONE), Num.ONE < Num.TWO, isinstance(Num.ONE, int), [1, 2, 3][Num.ONE])

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.gravity, Planet.MERCURY.value, Planet((5.976e24, 6.37814e6)).name)

class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.CIRCLE.describe(), Shape.default(), repr(Shape("sq")))

class Mood(str, Enum):
    HAPPY = "happy"
    SAD = "sad"
print(Mood.HAPPY, repr(Mood.SAD), Mood.HAPPY == "happy", Mood.HAPPY.upper(), Mood("sad").name)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)

class WithMissing(Enum):
    A = "a"
    B = "b"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value.lower())
        return None
print(WithMissing("A"), WithMissing("b"))
match_table = {Color.RED: "stop", Color.GREEN: "go"}
print([match_table.get(c, "?") for c in Color])
