# laziness of generator pipelines, map/filter/zip objects, and consumption order
trace = []
def numbers():
    for i in range(1, 7):
        trace.append(f"n{i}")
        yield i
def sq(it):
    for x in it:
        trace.append(f"s{x}")
        yield x * x
m = map(lambda v: (trace.append(f"m{v}"), v + 1)[1], sq(numbers()))
f = filter(lambda v: v % 2 == 0, m)
print("nothing run yet:", trace)
print(next(f), trace)
trace.clear()
print(next(f), trace)
trace.clear()
print(list(f), len(trace))
z = zip(numbers(), "abc")
trace.clear()
print(list(z), trace)
def tagged(tag, n):
    for i in range(n):
        print(f"  {tag} yields {i}")
        yield i
for a, b in zip(tagged("A", 3), tagged("B", 2)):
    print("pair", a, b)
r = reversed([1, 2, 3])
e = enumerate(r, start=10)
print(next(e), list(e), list(r))
it = iter(range(10))
print(list(zip(it, it)), list(it))
it2 = iter(range(7))
chunks = list(iter(lambda: [x for _, x in zip(range(3), it2)], []))
print(chunks)
sentinel_src = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(sentinel_src), 0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice, takewhile
print(list(islice(fib(), 10)), list(takewhile(lambda x: x < 100, fib()))[-1])
print(sum(islice((x for x in fib() if x % 2 == 0), 10)))
g = (i for i in range(3))
print(list(zip(g, g)), list(g))
ge = (1 / x for x in [1, 0, 2])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError:
    print("error surfaced lazily")
print(list(ge))
