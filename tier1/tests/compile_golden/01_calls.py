import os
x = 1
print(x, sep="")
os.path.join("a", *x, **{"k": 1})
def f(a, b=2, *args, c, d=4, **kw):
    return len(a) + g(b)
