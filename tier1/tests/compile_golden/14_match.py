def f(v):
    match v:
        case 0 | None:
            return "zero"
        case [x, *rest] if rest:
            return x
        case {"k": k, **kw}:
            return k, kw
        case Point(x, y=0) as p:
            return p
        case _:
            return None
