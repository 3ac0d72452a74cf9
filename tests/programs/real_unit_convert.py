"""A unit-conversion tool built on enums, with a small query parser."""
from enum import Enum, unique
import re


class Dimension(Enum):
    LENGTH = "length"
    MASS = "mass"
    TIME = "time"
    TEMPERATURE = "temperature"


@unique
class Unit(Enum):
    METER = ("m", Dimension.LENGTH, 1.0)
    KILOMETER = ("km", Dimension.LENGTH, 1000.0)
    CENTIMETER = ("cm", Dimension.LENGTH, 0.01)
    INCH = ("in", Dimension.LENGTH, 0.0254)
    FOOT = ("ft", Dimension.LENGTH, 0.3048)
    MILE = ("mi", Dimension.LENGTH, 1609.344)
    GRAM = ("g", Dimension.MASS, 0.001)
    KILOGRAM = ("kg", Dimension.MASS, 1.0)
    POUND = ("lb", Dimension.MASS, 0.45359237)
    OUNCE = ("oz", Dimension.MASS, 0.028349523125)
    SECOND = ("s", Dimension.TIME, 1.0)
    MINUTE = ("min", Dimension.TIME, 60.0)
    HOUR = ("h", Dimension.TIME, 3600.0)
    DAY = ("d", Dimension.TIME, 86400.0)
    CELSIUS = ("C", Dimension.TEMPERATURE, None)
    FAHRENHEIT = ("F", Dimension.TEMPERATURE, None)
    KELVIN = ("K", Dimension.TEMPERATURE, None)

    def __init__(self, symbol, dimension, factor):
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor

    @classmethod
    def from_symbol(cls, symbol):
        for unit in cls:
            if unit.symbol == symbol or unit.name.lower() == symbol.lower().rstrip("s"):
                return unit
        raise ValueError(f"unknown unit {symbol!r}")

    def __str__(self):
        return self.symbol


class IncompatibleUnits(TypeError):
    pass


def to_kelvin(value, unit):
    if unit is Unit.CELSIUS:
        return value + 273.15
    if unit is Unit.FAHRENHEIT:
        return (value - 32) * 5 / 9 + 273.15
    return value


def from_kelvin(value, unit):
    if unit is Unit.CELSIUS:
        return value - 273.15
    if unit is Unit.FAHRENHEIT:
        return (value - 273.15) * 9 / 5 + 32
    return value


def convert(value, src, dst):
    if src.dimension is not dst.dimension:
        raise IncompatibleUnits(f"cannot convert {src.dimension.value} to {dst.dimension.value}")
    if src.dimension is Dimension.TEMPERATURE:
        return from_kelvin(to_kelvin(value, src), dst)
    return value * src.factor / dst.factor


QUERY = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*([A-Za-z]+)\s+(?:to|in)\s+([A-Za-z]+)\s*$")


def answer(query):
    m = QUERY.match(query)
    if not m:
        return f"cannot parse {query!r}"
    value, src, dst = float(m.group(1)), Unit.from_symbol(m.group(2)), Unit.from_symbol(m.group(3))
    result = convert(value, src, dst)
    return f"{value:g} {src} = {result:.6g} {dst}"


queries = ["5 km to mi", "26.2 mi in km", "100 C to F", "-40 F to C", "0 K to C", "180 lb to kg",
           "90 min to h", "3 days to s", "12 in to cm", "1 meter to feet", "5 kg to m",
           "10 parsec to m", "hello"]
for q in queries:
    try:
        print(answer(q))
    except (ValueError, IncompatibleUnits) as e:
        print(f"{q!r}: {type(e).__name__}: {e}")

print("units per dimension:")
for dim in Dimension:
    members = [u.symbol for u in Unit if u.dimension is dim]
    print(f"  {dim.name:<12} {', '.join(members)}")
print(Unit.MILE, repr(Unit.GRAM.dimension), Unit["HOUR"].factor, Unit(("d", Dimension.TIME, 86400.0)).name)
print(len(Unit), Unit.KELVIN in Unit, isinstance(Unit.FOOT, Unit), Dimension("mass"))
table = [(c, convert(c, Unit.CELSIUS, Unit.FAHRENHEIT)) for c in range(-20, 41, 10)]
print(" | ".join(f"{c:>3}C={f:5.1f}F" for c, f in table))
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
