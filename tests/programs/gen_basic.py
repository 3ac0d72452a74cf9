# Basic generators
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def steps():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
for v in steps():
    print("value", v)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def gen_with_return():
    yield "a"
    return "done"
gr = gen_with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("returned", repr(e.value), e.args)
print(list(gen_with_return()))
def empty():
    return
    yield
print(list(empty()))
def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield (a, b)
print(list(pairs([1, 2, 3, 4, 5])))
g = count_up(3)
print(iter(g) is g)
print(sum(count_up(100)))
def gen_locals():
    x = 1
    yield x
    x += 10
    yield x
print(list(gen_locals()))
g = count_up(2)
for a in g:
    print("first loop", a)
for a in g:
    print("never")
print("exhausted")
def yield_expr():
    x = yield
    print("received", x)
ye = yield_expr()
print(next(ye))
try:
    ye.send(42)
except StopIteration:
    print("stopped")
