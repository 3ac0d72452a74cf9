class C:

print("after")
