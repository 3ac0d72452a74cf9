def f():
    def g():
        nonlocal zzz
        zzz = 1
    return g
