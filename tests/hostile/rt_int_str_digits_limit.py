x = 10 ** 5000
print(x.bit_length())
print(len(str(10 ** 4299)))
print(str(x))
