r = a < b <= c
s = a and b or c
t = x if y else z
assert x > 0, "positive"
