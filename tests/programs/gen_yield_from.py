# yield from with return values
def inner(n):
    for i in range(n):
        yield i
    return n * 100
def outer():
    r1 = yield from inner(2)
    print("inner returned", r1)
    r2 = yield from inner(3)
    print("inner returned", r2)
    return r1 + r2
g = outer()
vals = []
while True:
    try:
        vals.append(next(g))
    except StopIteration as e:
        print("outer returned", e.value)
        break
print(vals)
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], 5], [[6]], 7])))
def delegate_send():
    total = yield from accumulate()
    yield ("total", total)
def accumulate():
    s = 0
    while True:
        v = yield s
        if v is None:
            return s
        s += v
d = delegate_send()
print(next(d))
print(d.send(5))
print(d.send(10))
print(d.send(None))
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1
g = deep(50)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)
def yf_return_none():
    x = yield from []
    return x
try:
    next(yf_return_none())
except StopIteration as e:
    print("value", e.value)
def gen_from_gen_expr():
    yield from (i * i for i in range(4))
print(list(gen_from_gen_expr()))
