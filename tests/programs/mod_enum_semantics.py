# enum: lookup, aliases, auto() rules, membership tests, attribute protection, Flag
# pseudo-members and the functional API
import warnings
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member, nonmember

warnings.simplefilter("ignore", DeprecationWarning)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    _ignore_ = ["scratch"]
    scratch = 9

    def describe(self):
        return self.name.lower()


print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color(Color.RED) is Color.RED)
print(Color(2), Color["BLUE"], Color.RED.describe(), list(Color.__members__))
print(list(reversed(Color)), repr(Color), hasattr(Color, "scratch"))
for probe in (Color.RED, 1, "x", [1]):
    try:
        print(repr(probe), probe in Color)
    except TypeError as exc:
        print("TypeError:", exc)
for bad in (7, [7]):
    try:
        Color(bad)
    except ValueError as exc:
        print("ValueError:", exc)

def set_member_attr(attr):
    setattr(Color.RED, attr, 0)


def delete_name():
    del Color.RED.name


def reassign_member():
    Color.GREEN = 5


for attempt in (lambda: set_member_attr("name"), lambda: set_member_attr("value"),
                delete_name, reassign_member):
    try:
        attempt()
    except AttributeError as exc:
        print("AttributeError:", exc)
Color.RED.note = "extra"
print(Color.RED.note)


class Mixed(Enum):
    A = auto()
    B = auto(None)
    C = "text"
    D = auto()
    E = (1, 2)
    F = auto()
    G = 10
    H = auto()


print([(m.name, m.value) for m in Mixed])
nxt = Enum._generate_next_value_
for seen in ([], [3, 1], ["a", 2], [2, "a"], [None], [1.5, 1], ["x", "y"]):
    before = list(seen)
    print(before, nxt("n", 5, len(seen), seen), seen)


class Lst(Enum):
    A = [1, 2]
    B = [3]


print(Lst([1, 2]), Lst.B in Lst)


class Wrapped(Enum):
    KEEP = member(len)
    PLAIN = nonmember(3)
    VALUE = 4


print([m.name for m in Wrapped], Wrapped.PLAIN, Wrapped.KEEP.value is len)


class Lookup(Enum):
    ONE = 1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.ONE
        if value == 99:
            return "not a member"
        if value == 98:
            raise KeyError("from _missing_")
        return None


print(Lookup("anything"))
for value in (99, 98, 97):
    try:
        Lookup(value)
    except Exception as exc:
        ctx = exc.__context__
        print(type(exc).__name__, exc, type(ctx).__name__ if ctx else None)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


combo = Perm.R | Perm.X
print(list(Perm), repr(combo), str(combo), repr(Perm(0)), str(Perm(0)), repr(~Perm.R))
print(Perm.RW in Perm, combo in Perm, Perm(0) in Perm, Perm.R in Perm.RW, len(Perm.RW))
print(list(Perm(7)), Perm(7) is Perm(7), Perm.RW ^ Perm.R, Perm.RW & Perm.W, bool(Perm(0)))
for bad in (lambda: Perm.R | 1, lambda: 1 in Perm.R, lambda: Perm("r")):
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | Bits.B, repr(Bits.A | Bits.C), Bits.A | 2, 3 | Bits.C, repr(Bits(0)), Bits.A + 1)
print(repr(Bits(-1)), repr(~Bits.A), Bits(3) in Bits, list(Bits(6)))


class Grade(IntEnum):
    LOW = 1
    HIGH = 2


class Word(StrEnum):
    ALPHA = auto()
    BETA = "b"


print(Grade.LOW < Grade.HIGH, Grade.HIGH + 1, f"{Grade.LOW}", repr(Grade(2)), sorted([Grade.HIGH, Grade.LOW]))
print(list(Word), Word.ALPHA == "alpha", f"{Word.BETA}", Word("b"), Word.ALPHA.upper())
try:
    class BadWord(StrEnum):
        X = 1
except TypeError as exc:
    print("TypeError:", exc)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as exc:
    print("ValueError:", exc)

Animal = Enum("Animal", "ant bee, cat")
Pairs = Enum("Pairs", [("x", 10), ("y", 20)])
Mapped = Enum("Mapped", {"p": "P", "q": "Q"})
Counted = IntEnum("Counted", ["u", "v"], start=5)
Opts = Flag("Opts", "a b c")
print(list(Animal), list(Pairs), list(Mapped), Mapped("Q"), list(Counted), Opts.a | Opts.c)


class Base(Enum):
    def hello(self):
        return "hello " + self.name


class Child(Base):
    Q = 1


print(Child.Q.hello())
try:
    class GrandChild(Child):
        Z = 2
except TypeError as exc:
    print("TypeError:", exc)
