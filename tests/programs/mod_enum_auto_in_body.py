"""enum: auto() values are resolved as they are assigned, so later lines of the suite can use them."""
from enum import Enum, Flag, IntFlag, auto, StrEnum, IntEnum
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = RW | X
print(list(P), P.ALL, P.RW.value, P(6))
class C(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)
    A = auto()
    B = 5
    D = auto()
print(list(C), C.A.value, C.D.value)
class E(IntEnum):
    A = auto()
    B = 10
    C = auto()
    D = C * 2
print(list(E), E.D.value)
class S(StrEnum):
    X = auto()
    Y = X + "z"
print(list(S))
class H(Enum):
    _ignore_ = "tmp"
    A = auto()
    tmp = 99
    B = auto()
    def f(self):
        return self.value
print(list(H), H.B.f())
class Perm(IntFlag):
    R = auto()
    W = auto()
    RW = R | W
print(Perm.RW, repr(Perm.RW), Perm(1) | 2)
