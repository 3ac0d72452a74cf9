# Closures, nonlocal, global
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late_binding():
    fs = [lambda x: x + i for i in range(3)]
    return [f(10) for f in fs]
print(late_binding())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()
print(outer())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(10))
print(a.__closure__[0].cell_contents)
G = 0
def set_global(v):
    global G
    G = v
set_global(42)
print(G)
def nonlocal_chain():
    v = 1
    def lvl1():
        nonlocal v
        v += 10
        def lvl2():
            nonlocal v
            v *= 2
        lvl2()
    lvl1()
    return v
print(nonlocal_chain())
def make_bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = make_bank(100)
print(dep(50), wd(30), wd(500), dep(0))
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nx = fib_gen()
print([nx() for _ in range(12)])
def cell_after():
    def get():
        return y
    try:
        get()
    except NameError as e:
        print("NameError:", e)
    y = 5
    return get()
print(cell_after())
