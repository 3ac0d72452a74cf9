print(8 >> 1)
print(8 >> -1)
