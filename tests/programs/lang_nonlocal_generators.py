# nonlocal in nested generators and closures
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    def gen():
        nonlocal count
        while count < 5:
            yield bump()
        count = 100
    return gen, lambda: count

gen, get = counter_gen()
print("gen values:", list(gen()))
print("after:", get())

def outer():
    items = []
    total = 0
    def producer(n):
        nonlocal total
        for i in range(n):
            total += i
            items.append(i)
            yield total
    return producer, lambda: (total, items)

p, state = outer()
g = p(4)
print(next(g), state())
print(next(g), state())
print(list(g), state())

def accumulate():
    acc = 0
    def inner():
        nonlocal acc
        while True:
            x = yield acc
            if x is None:
                return acc
            acc += x
    return inner

co = accumulate()()
next(co)
for v in [3, 4, 5]:
    print("sent", v, "->", co.send(v))
try:
    co.send(None)
except StopIteration as e:
    print("return value:", e.value)

def nested_levels():
    x = "L0"
    def l1():
        def l2():
            nonlocal x
            x = x + "->L2"
            yield x
        yield from l2()
        yield x
    return list(l1()), x

print(nested_levels())

def gen_in_loop():
    fns = []
    for i in range(3):
        def g(i=i):
            yield i * 10
        fns.append(g)
    return [next(f()) for f in fns]
print("loop closures:", gen_in_loop())

def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print("late binding:", late_binding())

def genexp_closure():
    k = 2
    ge = (x * k for x in range(4))
    k = 10
    return list(ge)
print("genexp late:", genexp_closure())
