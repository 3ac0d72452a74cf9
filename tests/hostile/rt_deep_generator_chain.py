g = iter([1, 2, 3])
for _ in range(20000):
    g = (x + 1 for x in g)
print("built")
print(next(g))
