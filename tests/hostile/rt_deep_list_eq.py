a = []
b = []
for _ in range(100000):
    a = [a]
    b = [b]
print("built")
print(a == b)
