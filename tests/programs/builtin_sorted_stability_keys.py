# sort stability and keys
records = [("bob", 25, "nyc"), ("alice", 30, "sf"), ("carol", 25, "la"), ("dave", 30, "nyc"), ("eve", 22, "sf"), ("frank", 25, "sf")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print("reverse keeps stability:", [r[0] for r in by_age_desc])
multi = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[2])
print("two-pass:", [(r[2], r[0]) for r in multi])
print("tuple key:", [r[0] for r in sorted(records, key=lambda r: (-r[1], r[2]))])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst) is lst)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
pairs.sort(key=lambda p: p[0])
print("list.sort stable:", pairs)
class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d"), Item(0, "e")]
print("only __lt__:", sorted(items), sorted(items, reverse=True))
print(max(items, key=lambda i: i.k), min(items, key=lambda i: i.k))
print("max first of ties:", max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(sorted("hello world"), sorted({3: "c", 1: "a"}), sorted((2, 1)), sorted(range(5, 0, -1)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: None if x == 1 else 1)
except TypeError as e:
    print("TypeError:", e)
calls = []
def k(x):
    calls.append(x)
    return -x
print(sorted([5, 3, 4], key=k), "key calls:", calls)
import functools
def cmp(a, b):
    return (a % 3 - b % 3) or (b - a)
print("cmp_to_key:", sorted(range(10), key=functools.cmp_to_key(cmp)))
big = [(i * 7919) % 101 for i in range(200)]
print(sorted(big)[:10], sorted(big) == sorted(big, key=lambda x: x), len(set(big)))
nan = float("nan")
print("bools:", sorted([True, False, 1, 0]), sorted([0.5, 1, -2, 0]))
