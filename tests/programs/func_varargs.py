# *args and **kwargs
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, 2, x="y"))
print(f(*range(3), **{"k": "v"}))
def g(a, *rest, sep=", ", **opts):
    s = sep.join(str(x) for x in (a,) + rest)
    if opts:
        s += " " + repr(sorted(opts.items()))
    return s
print(g(1))
print(g(1, 2, 3))
print(g(1, 2, sep="|"))
print(g("a", "b", sep="-", color="red", size=3))
def summer(*nums):
    total = 0
    for n in nums:
        total += n
    return total
print(summer(), summer(1), summer(1, 2, 3, 4))
print(summer(*[10] * 10))
def wrap(func, *args, **kwargs):
    print("calling", func.__name__, "with", args, kwargs)
    return func(*args, **kwargs)
print(wrap(summer, 1, 2))
print(wrap(g, "x", "y", sep="+"))
def kw_only_collect(**kw):
    for k in kw:
        print(" ", k, "=", kw[k])
kw_only_collect(z=1, a=2, m=3)
d = {"b": 2}
print(f(**d, c=3))
print(f(*"ab", *"cd"))
print(f(1, *[2, 3], 4, **{"x": 5}, y=6))
def mutate(**kw):
    kw["new"] = 1
    return kw
orig = {"a": 0}
print(mutate(**orig), orig)
def argtypes(*a, **k):
    return type(a).__name__, type(k).__name__
print(argtypes())
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, sep="x", **{"sep": "y"})
except TypeError as e:
    print("TypeError:", e)
