def gen(xs):
    x = yield 1
    r = yield from xs
    return r
