# comment with bad byte Ã(
print("hello")
