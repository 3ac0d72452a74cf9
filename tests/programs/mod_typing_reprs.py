# typing: reprs of aliases and special forms, alias errors, generics, protocols, NewType
from typing import (Any, AnyStr, Annotated, Callable, ClassVar, Counter, DefaultDict, Deque,
                    Dict, Final, FrozenSet, Generic, Hashable, Iterable, List, Literal, Mapping,
                    NewType, Optional, Protocol, Sequence, Set, SupportsAbs, SupportsInt, Tuple,
                    Type, TypeVar, Union, cast, final, get_args, get_origin, overload,
                    runtime_checkable)

T = TypeVar("T")
K = TypeVar("K", covariant=True)
V = TypeVar("V", contravariant=True)
print(T, K, V, AnyStr)
for alias in (List[int], Dict[str, int], Optional[int], Union[int, str], Union[int],
              Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[()],
              List[None], Set[T], FrozenSet[int], Type[int], Deque[int], DefaultDict[str, int],
              Iterable[int], Mapping[str, List[int]], ClassVar[int], Final[str],
              Literal["a", 1], Annotated[int, "meta", 2], List["Foo"], Sequence[T][int],
              Dict[K, V][str, int], Any, Union, Optional, List, Callable, Tuple, Hashable,
              Counter, Union[int, List[int], int], Union[Union[int, str], float],
              Optional[Union[int, str]], T | int, int | T, List[int] | None):
    print(repr(alias))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int],
      List[int] == List[int], List[int] == List[str])
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(int),
      get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(int))
for bad in (lambda: List[int](), lambda: List(), lambda: isinstance(1, List[int]),
            lambda: isinstance(1, Any), lambda: Union(), lambda: Union[()], lambda: Dict[int],
            lambda: List[int, str], lambda: Hashable[int], lambda: Any(),
            lambda: Callable[int]):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
try:
    class Sub(Union):
        pass
except TypeError as exc:
    print("TypeError:", exc)
print(DefaultDict[str, int](int), Deque[int]([1]), isinstance([], List),
      isinstance({}, Mapping), isinstance(3, Union[int, str]))


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


print(Box[int], Box.__parameters__, Box[int](3).item, Box[int](3).__orig_class__)
for bad in (lambda: Generic[int], lambda: Generic[T, T]):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)


@runtime_checkable
class Closer(Protocol):
    def close(self):
        ...


class HasClose:
    def close(self):
        pass


class BlocksClose:
    close = None


print(isinstance(HasClose(), Closer), isinstance(1, Closer), issubclass(HasClose, Closer),
      issubclass(BlocksClose, Closer), isinstance(3, SupportsInt), isinstance("3", SupportsInt),
      isinstance(-2.5, SupportsAbs))


class Plain(Protocol):
    def run(self):
        ...


for bad in (lambda: isinstance(1, Plain), lambda: Plain(), lambda: runtime_checkable(int)):
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)


@overload
def pick(x: int) -> int:
    ...


try:
    pick(1)
except NotImplementedError as exc:
    print("NotImplementedError:", exc)


@final
class Sealed:
    pass


UserId = NewType("UserId", int)
print(Sealed.__final__, UserId(5), repr(UserId), UserId.__supertype__, UserId | None,
      cast(int, "unchanged"))
