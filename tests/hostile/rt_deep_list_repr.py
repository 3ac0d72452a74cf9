x = []
for _ in range(100000):
    x = [x]
print("built")
s = repr(x)
print(len(s))
