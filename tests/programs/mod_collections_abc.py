# collections.abc: isinstance on builtin types, Mapping/Sequence mixins
from collections.abc import *
import collections.abc as cabc
vals = [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), iter([]), len, 5, b"x", None, (x for x in ())]
for A in (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence,
          MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible):
    print(A.__name__, [isinstance(v, A) for v in vals])
print(issubclass(dict, Mapping), issubclass(list, Sequence), issubclass(int, Sequence))
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
class MySeq(Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
s = MySeq()
print(list(s), 20 in s, list(reversed(s)), s.index(30), s.count(10))
try: Sequence()
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), isinstance(It(), Iterable), isinstance(It(), Sized))
print(isinstance({}.keys(), KeysView), isinstance({}.keys(), Set), isinstance({}.items(), Set))
