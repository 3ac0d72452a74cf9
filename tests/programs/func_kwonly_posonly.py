# Keyword-only and positional-only parameters
def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, e=50, f=60))
try:
    f(a=1, b=2, c=3, e=5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
def kwonly(*, x, y=2):
    return x + y
print(kwonly(x=1), kwonly(y=10, x=1))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
def posonly(x, y=10, /):
    return x * y
print(posonly(3), posonly(3, 4))
def mixed(x, /, **kw):
    return x, kw
print(mixed(1, x=2))
def star_kw(*args, key=None):
    return args, key
print(star_kw(1, 2, key="k"), star_kw())
print(f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
print(f.__kwdefaults__)
print(kwonly.__kwdefaults__, posonly.__defaults__)
def all_kinds(p1, p2=2, /, n1=3, *args, k1, k2=5, **kw):
    return (p1, p2, n1, args, k1, k2, kw)
print(all_kinds(1, k1=4))
print(all_kinds(1, 22, 33, 44, 55, k1=4, z=9))
print(all_kinds(1, n1=7, k1=8, k2=9, p2="kw"))
try:
    kwonly(x=1, z=3)
except TypeError as e:
    print("TypeError:", e)
