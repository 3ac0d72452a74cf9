def f(ys):
    a = [y * 2 for y in ys if y]
    b = {k: v for k, v in ys}
    c = {y for y in ys for z in y}
    d = (y for y in ys)
    e = [last := y for y in ys]
    return a, b, c, d, e, last
