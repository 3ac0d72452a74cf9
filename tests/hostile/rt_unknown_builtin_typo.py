lenght = 3
print(lenght)
print(lenn([1]))
