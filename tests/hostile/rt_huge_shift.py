print(1 << 100 > 0)
print(1 << (1 << 70))
