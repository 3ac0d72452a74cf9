d = {}
for _ in range(100000):
    d = {"k": d}
print("built")
print(str(d)[:10])
