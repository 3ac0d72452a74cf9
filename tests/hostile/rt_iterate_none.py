items = None
for x in items:
    print(x)
