print("before")
s = "café ÿþ"
print(s)
