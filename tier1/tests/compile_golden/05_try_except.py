def f():
    try:
        g()
    except (ValueError, TypeError) as e:
        return e
    except KeyError:
        pass
    else:
        h()
