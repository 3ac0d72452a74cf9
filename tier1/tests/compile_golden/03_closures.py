def outer(a):
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n + a
    class K:
        y = n
    return inc
