print(bytes([1, 2]))
print(bytes([256]))
