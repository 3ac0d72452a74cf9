# set operations on small ints (deterministic order) and sorted string sets
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a, b, len(a))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10], (11,)), a.intersection(range(3, 10), [4, 5]))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {9}.isdisjoint(a), a.issubset(range(10)), a.issuperset([1, 2]))
s = set()
print(s, len(s), bool(s))
s.add(3); s.add(1); s.add(3)
print(s)
s.update([5, 0], {2})
print(s)
s.discard(100)
s.discard(0)
s.remove(5)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
popped = {7}.pop()
print(popped)
c = a.copy()
c.clear()
print(c, a)
x = {1, 2, 3}
x |= {4}
x &= {2, 3, 4}
x -= {3}
x ^= {9, 2}
print(x)
print(set([3, 3, 1]), set(range(5)), set("aab") == {"a", "b"}, sorted(set("mississippi")))
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__)
d = {fs: "frozen key"}
print(d[frozenset([3, 2, 1])])
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.add([2])
except TypeError as e:
    print("TypeError:", e)
print({x % 4 for x in range(20)}, 3 in a, 9 not in a)
print(sorted({"pear", "apple", "fig"}), sorted({"b", "a"} | {"c"}))
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {1} != {1, 2})
nums = [5, 3, 5, 1, 3, 9]
seen = set()
uniq = []
for n in nums:
    if n not in seen:
        seen.add(n)
        uniq.append(n)
print(uniq, len(seen))
print(set() == frozenset(), {True, 1, 1.0}, {0, False})
print(sorted(a - {1} | {10, 20}), min(a), max(b), sum(a))
