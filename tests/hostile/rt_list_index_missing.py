l = [1, 2, 3]
it = iter(l)
l.clear()
print(list(it))
print(l.index(1))
