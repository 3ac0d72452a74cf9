print("computing")
print(1.5 ** 100000)
