# typing: annotation names are importable and subscriptable; TypeVar, Generic, Protocol,
# NamedTuple, TypedDict, cast, overload, get_type_hints
from typing import (Any, List, Dict, Tuple, Set, Optional, Union, Callable, Iterable, Iterator,
                    Generator, TypeVar, Generic, NamedTuple, Protocol, cast, overload,
                    TYPE_CHECKING, ClassVar, Final, Literal, Sequence, Mapping, Type,
                    runtime_checkable, get_type_hints, TypedDict, NewType, get_origin, get_args)

print(TYPE_CHECKING, Any, List, List[int], Dict[str, int], Tuple[int, ...], Tuple[()])
print(Optional[int], Union[int, str], Union[int, None], Union[int, int], Union[int, Union[str, float]])
print(Callable[[int, str], bool], Callable[..., int], Iterable[str], Set[bytes], ClassVar[int])
print(Final[int], Literal["a", 1], Generator[int, None, None], Type[int], Sequence[float])
print(Optional[int] == Union[None, int], get_origin(List[int]), get_args(Dict[str, int]))

T = TypeVar("T")
K = TypeVar("K", str, bytes)
print(T, K, T.__name__, K.__constraints__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__parameters__, Stack[str])

def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 4]), first([]), first.__annotations__["xs"])

class Pt(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Pt(3, -4)
print(p, p.norm(), p._fields, isinstance(p, tuple), Pt._field_defaults, p._replace(y=1))

@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...

class En:
    def greet(self) -> str:
        return "hello"
class Mute:
    pass
print(isinstance(En(), Greeter), isinstance(Mute(), Greeter))
try:
    Greeter()
except TypeError as e:
    print("TypeError:", e)

class Closeable(Protocol):
    def close(self) -> None: ...
try:
    isinstance(En(), Closeable)
except TypeError as e:
    print("TypeError:", e)

@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return str(x) if isinstance(x, int) else int(x)
print(conv(5), conv("7"), cast(int, "not really"), cast("List[int]", [1]))

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, Movie.__annotations__ == {"title": str, "year": int})

UserId = NewType("UserId", int)
print(UserId(5), UserId)

class Cfg:
    name: str
    size: "int"
    limit: ClassVar[int] = 3
print(get_type_hints(Cfg))
def f(a: int, b: "str" = "x") -> None: pass
print(get_type_hints(f))
x: Dict[str, List[Tuple[int, int]]] = {"a": [(1, 2)]}
print(x, List[int] == List[int], Mapping[str, Any])
try:
    List[int]()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance([1], List), isinstance({}, Mapping), isinstance(iter([]), Iterator))
