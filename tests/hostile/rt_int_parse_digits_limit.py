s = "7" * 5000
print(len(s))
print(int(s))
