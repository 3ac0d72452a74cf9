x = None
print(x["k"])
