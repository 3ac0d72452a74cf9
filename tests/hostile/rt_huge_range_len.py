r = range(10 ** 20)
print(r[5])
print(len(r))
