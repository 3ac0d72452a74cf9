# list methods
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l.count(1), l.index(4), l.index(1, 2))
l.append(5)
print(l)
l.extend([3, 5])
print(l)
l.insert(0, 0)
l.insert(100, 99)
l.insert(-1, 98)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.reverse()
print(l)
c = l.copy()
c.append("new")
print(len(l), len(c), c[-1])
l.clear()
print(l, bool(l))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
recs.sort(key=lambda r: r[1])
print(recs)
print(sorted([3, 1, 2]), sorted("cba"), sorted([[2, 1], [1, 2], [1]]))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
print([1, 2] + [3], [0] * 4, [[]] * 2, 3 * [1])
a = [1, 2]
b = a
a += [3]
a *= 2
print(a, b)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow)
print(list(range(5)), list("abc"), list((1, 2)), list({1: "a", 2: "b"}))
m = [5, 3, 8]
print(min(m), max(m), sum(m), sorted(m, reverse=True), m)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 100])
print([x for x in [1, None, 2] if x is not None], [None] * 3)
