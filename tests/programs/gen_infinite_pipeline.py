# Infinite generators, pipelines, break
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def gmap(f, it):
    for v in it:
        yield f(v)
def gfilter(p, it):
    for v in it:
        if p(v):
            yield v
print(list(take(10, naturals())))
print(list(take(5, gmap(lambda x: x * x, gfilter(lambda x: x % 3 == 0, naturals(1))))))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
for p in primes():
    if p > 60:
        break
    print(p, end=" ")
print()
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
def cycle(seq):
    while True:
        for x in seq:
            yield x
cyc = cycle("abc")
print([next(cyc) for _ in range(7)])
def running_total(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_total(take(8, naturals(1)))))
def windows(it, k):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(take(4, windows(naturals(), 3))))
def zip_gens(a, b):
    while True:
        try:
            yield next(a), next(b)
        except StopIteration:
            return
print(list(zip_gens(iter("xyz"), naturals(100))))
count = 0
for v in naturals():
    count += 1
    if v * v > 10000:
        break
print("count", count)
squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print([next(evens) for _ in range(5)])
