def g():
    yield 1
    next(iter([]))
    yield 2
print(list(g()))
