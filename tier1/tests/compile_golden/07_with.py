def f(p):
    with open(p) as fh, lock:
        return fh.read()
