def f(xs):
    for x in xs:
        if x:
            continue
        elif x is None:
            break
    else:
        x = 0
    while x < 10 and not done:
        x += 1
    return x
