def f(xs):
    for x in xs:
        try:
            if x:
                break
            return x
        finally:
            cleanup()
