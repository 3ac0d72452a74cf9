print(len("ab" * 3))
s = "ab" * (2 ** 62)
