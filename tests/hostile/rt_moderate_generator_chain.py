g = iter(range(5))
for _ in range(200):
    g = (x + 1 for x in g)
print(list(g))
def yf(n):
    if n == 0:
        yield "bottom"
    else:
        yield from yf(n - 1)
print(list(yf(100)))
print(list(yf(100000)))
