# Tuples as records: sorting, grouping, swapping, returning multiple values
students = [("ann", "math", 91), ("bob", "art", 78), ("cy", "math", 85), ("dee", "art", 92), ("eve", "cs", 88)]
for name, subject, score in sorted(students, key=lambda s: (s[1], -s[2])):
    print(f"{subject:5}{name:5}{score}")
best = {}
for name, subject, score in students:
    if subject not in best or score > best[subject][1]:
        best[subject] = (name, score)
print(best)
def stats(xs):
    xs = sorted(xs)
    n = len(xs)
    mid = xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2
    return min(xs), max(xs), sum(xs) / n, mid
lo, hi, mean, median = stats([s for _, _, s in students])
print(lo, hi, mean, median)
print(stats([4, 1, 3, 2]))
point = (3, 4)
x, y = point
x, y = y, x
print(point, (x, y))
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys, sum(xs), max(ys))
pairs = [(i, i * i) for i in range(5)]
print(dict(pairs), tuple(p[1] for p in pairs))
t = (1, [2, 3], "four")
t[1].append(99)
print(t, len(t), t.index("four"))
print((1, 2) + (3,), (0,) * 3, tuple(reversed((1, 2, 3))), sorted((3, 1, 2)))
nested = ((1, (2, 3)), (4, (5, 6)))
print([a + b + c for a, (b, c) in nested])
def minmax(*args):
    return min(args), max(args)
print(minmax(5, 2, 9), minmax(*"hello"))
counts = {}
for pair in [("a", 1), ("b", 2), ("a", 3)]:
    k, v = pair
    counts[k] = counts.get(k, ()) + (v,)
print(counts)
print(tuple("abc") == ("a", "b", "c"), () == tuple(), (1,) != (1, 1))
print(hash((1, "a", (2.5, None))) == hash((1, "a", (2.5, None))))
