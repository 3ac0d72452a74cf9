a, (b, c), *d = x
o.attr += 1
o[i:j] *= 2
p = q = -5
del a, o.attr, o[1]
t = (1, 2.5, "s", None)
