# Generator expressions
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in "a bb ccc dd".split()))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((c for c in "generator"), reverse=True))
print(tuple(i for i in range(4)))
print("-".join(str(i) for i in range(5)))
def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
ge = (v * 10 for v in noisy(3))
print("created")
for item in ge:
    print("got", item)
lazy = (1 / x for x in [1, 2, 0, 4])
print(next(lazy), next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(lazy))
pairs = ((a, b) for a in range(3) for b in range(3) if a != b)
print(list(pairs))
def first(it):
    for v in it:
        return v
print(first(x for x in range(10 ** 9) if x > 5))
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(min((n for n in nums if n > 2), default=None), min((n for n in nums if n > 100), default="none"))
src = [1, 2, 3]
ge2 = (x for x in src)
src.append(4)
print(list(ge2))
it = iter(range(3))
ge3 = (x for x in it)
print(next(ge3), list(it), list(ge3))
print(dict((str(i), i) for i in range(3)))
print(sum(1 for line in "a\nb\nc".splitlines()))
