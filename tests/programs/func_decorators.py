# Decorators: simple, stacked, with arguments, class decorators
def trace(func):
    def wrapper(*args, **kwargs):
        print("enter", func.__name__, args)
        r = func(*args, **kwargs)
        print("exit", func.__name__, r)
        return r
    wrapper.__name__ = func.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
def bold(f):
    return lambda *a: "<b>" + f(*a) + "</b>"
def italic(f):
    return lambda *a: "<i>" + f(*a) + "</i>"
@bold
@italic
def text(s):
    return s
print(text("hi"))
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hello " + name
print(hello("bob"))
order = []
def mark(label):
    order.append("factory " + label)
    def deco(f):
        order.append("apply " + label)
        return f
    return deco
@mark("A")
@mark("B")
def marked():
    pass
print(order)
registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco
@register("double")
def double(x):
    return x * 2
@register("neg")
def neg(x):
    return -x
print(sorted(registry), registry["double"](21), registry["neg"](5))
def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@count_calls
def noop():
    return None
for _ in range(4):
    noop()
print("calls:", noop.calls)
def add_method(cls):
    cls.greet = lambda self: "I am " + type(self).__name__
    return cls
@add_method
class Person:
    pass
print(Person().greet())
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
class Deco:
    def __init__(self, f):
        self.f = f
    def __call__(self, *a):
        return ("Deco", self.f(*a))
@Deco
def sq(x):
    return x * x
print(sq(9))
