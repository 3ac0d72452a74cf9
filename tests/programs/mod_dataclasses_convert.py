# asdict/astuple/replace/fields edge cases and class-processing errors.
import dataclasses
from dataclasses import *
from typing import ClassVar, NamedTuple
import collections

@dataclass
class P:
    x: int
    y: int = 2
    z: list = field(default_factory=list, repr=False, metadata={'a': 1})
    c: ClassVar[int] = 5

p = P(1)
print(p, P.__init__.__qualname__)
f = fields(p)
print(f[2].metadata["a"])
print(P.__dataclass_params__)
NT = collections.namedtuple('NT', 'a b')
@dataclass
class Q:
    p: P
    t: tuple
    l: list
    d: dict
    n: object
q = Q(p, (P(3), [1, {2: P(4)}]), [P(5)], {'k': P(6), P(7,8).x: (1,)}, NT(P(9), 2))
print(asdict(q))
print(astuple(q))
print(asdict(q, dict_factory=lambda kv: sorted(kv)))
print(astuple(q, tuple_factory=list))
class L(list): pass
print(type(asdict(Q(p, (), L([1]), {}, None))['l']))
for bad in (1, P, None):
    for fn in (asdict, astuple, replace, fields):
        try: print(fn.__name__, type(fn(bad)).__name__)
        except Exception as e: print(fn.__name__, type(e).__name__, e)
print(replace(p, y=10))
@dataclass
class R:
    a: int
    b: InitVar[int]
    c: int = field(init=False, default=0)
    d: InitVar[int] = 3
    def __post_init__(self, b, d): self.c = b + d
r = R(1, 2)
print(r)
try: replace(r)
except ValueError as e: print(e)
print(replace(r, b=5))
try: replace(r, b=1, c=2)
except ValueError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a = field()
except TypeError as e: print(e)
@dataclass(frozen=True)
class F: a: int = 1
try:
    @dataclass
    class G(F): b: int = 2
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class H(P): b: int = 2
except TypeError as e: print(e)
@dataclass
class W:
    a: int = field(default=4, repr=False)
    b: int = field(init=False, default=7)
    c: list = field(default_factory=list)
print(W.a, W.b, hasattr(W, 'c'), W())
@dataclass(order=True, unsafe_hash=True)
class O:
    a: int
    b: str = 'x'
print(O(1) < O(2), O(1) == O(1), hash(O(1)) == hash(O(1)), sorted([O(3), O(1, 'z'), O(1)]))
try: field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=3), K.__match_args__)
print(make_dataclass('MD', ['a', ('b', int), ('c', int, field(default=5))])(1, 2))
print(is_dataclass(P), is_dataclass(p), is_dataclass(1))
print(f[0] == f[0], [x.name for x in fields(W)])
print([x.name for x in dataclasses.fields(R)])
