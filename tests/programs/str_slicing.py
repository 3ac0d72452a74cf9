# String indexing and slicing with steps
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[2:8:3], s[-1:-8:-2], repr(s[100:]), s[-100:3], repr(s[5:2]), repr(s[5:2:1]))
print(s[::10], s[::-10], repr(s[3:3]), s[-1:0:-1])
for step in [1, 2, 3, -1, -3]:
    print(step, s[::step], s[1:9:step], s[9:1:step])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print(s[slice(2, 6)], s[slice(None, None, -3)], s[slice(-2, None)])
word = "racecar"
print(word == word[::-1], "palindrome"[::-1])
def rotate(t, n):
    n %= len(t)
    return t[n:] + t[:n]
print(rotate("abcdef", 2), rotate("abcdef", -1), rotate("abcdef", 8))
print([s[i:i + 3] for i in range(0, len(s), 3)])
print(s[True], s[False:True + 2])
big = "x" * 5 + "y" * 5
print(big[4:6], big.index("y"), len(big[::3]))
print(s[2 ** 100:], s[-2 ** 100:2], s[:2 ** 70:4])
