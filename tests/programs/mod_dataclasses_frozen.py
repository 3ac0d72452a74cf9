# dataclasses: frozen, order, unsafe_hash, kw_only fields, ClassVar, FrozenInstanceError
from dataclasses import dataclass, field, FrozenInstanceError, fields, replace, KW_ONLY
from typing import ClassVar

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0

c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
try:
    c.lat = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.lon
except AttributeError as e:
    print(type(e).__name__, e)
print(replace(c, lon=9.0), c)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)

vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "a"), Version(1, 2, "a")]
print(sorted(vs))
print(Version(1, 0) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2, "x") == Version(1, 2, "y"))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: int
k = Key(1, 2)
k.a = 5
print(hash(k) == hash((5, 2)), k)

@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1
    instances: ClassVar[int] = 0

cfg = Config("app", level=3)
print(cfg, [f.name for f in fields(cfg)], Config.instances)
try:
    Config("x", True)
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class Opts:
    a: int = 1
    b: int
print(Opts(b=2))

@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2)])
print(n, n == Node(1, [Node(2)]), hash(n) == hash(n))

@dataclass
class Counter:
    count: int = 0
    def incr(self):
        self.count += 1
        return self
print(Counter().incr().incr())
try:
    @dataclass(frozen=True)
    class F2(Counter):
        pass
except TypeError as e:
    print("TypeError:", e)
