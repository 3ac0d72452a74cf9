# Positional, keyword, default parameters
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, 30))
print(f(1, 2, d=40))
print(f(b=2, a=1))
print(f(1, d=9, c=8, b=7))
print(f(*[1, 2, 3]))
print(f(1, **{"b": 5, "d": 6}))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, []))
def h(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(h(1), h(2))
default_val = 10
def k(v=default_val):
    return v
default_val = 20
print(k())
print(f.__defaults__, k.__defaults__)
print(f.__name__, f.__code__.co_argcount)
def noargs():
    return "no args"
print(noargs())
def returns_none():
    pass
print(returns_none())
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
def early(n):
    if n > 5:
        return "big"
    print("small path", n)
print(early(10), early(2))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, e=5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, a=5)
except TypeError as e:
    print("TypeError:", e)
try:
    noargs(1)
except TypeError as e:
    print("TypeError:", e)
