"""An LRU cache built on a doubly-linked list + dict, checked against OrderedDict and functools.lru_cache."""
from collections import OrderedDict
import functools
import random


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            evicted = (lru.key, lru.value)
        else:
            evicted = None
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)
        return evicted

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{items}}})"


class ODCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key, last=False)
            return self[key]
        return default

    def put(self, key, value):
        if key in self:
            self.move_to_end(key, last=False)
        self[key] = value
        self.move_to_end(key, last=False)
        if len(self) > self.capacity:
            self.popitem()


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c, c.get("a"), c.get("zz", "miss"))
print("evicted:", c.put("d", 4), "->", c)
c.put("c", 30)
print(list(c), len(c), "b" in c, "c" in c)
print("stats:", c.hits, c.misses, c.evictions)

rng = random.Random(2024)
mine, ref = LRUCache(5), ODCache(5)
mismatches = 0
for step in range(2000):
    key = rng.randint(0, 9)
    if rng.random() < 0.6:
        if mine.get(key) != ref.get(key):
            mismatches += 1
    else:
        mine.put(key, step)
        ref.put(key, step)
    if list(mine) != list(ref):
        mismatches += 1
print("random ops vs OrderedDict: mismatches =", mismatches, "final order", list(mine))
print(f"hit rate {mine.hits / (mine.hits + mine.misses):.3f}, evictions {mine.evictions}")

calls = []


@functools.lru_cache(maxsize=4)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 1]:
    slow_square(n)
print("computed:", calls)
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)


@functools.lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print("p(100) =", partitions(100, 100), partitions.cache_info().currsize > 1000)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
