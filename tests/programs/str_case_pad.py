# Case methods and padding: upper/lower/title/capitalize/swapcase/center/ljust/rjust/zfill
words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "123abc", "o'neil's cafe", "mixed-Case_words", "a1b2 c3", ""]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase())
print("hello world".title().swapcase(), "STRASSE".casefold())
print("abc".isupper(), "ABC".isupper(), "AbC".islower(), "abc1".islower(), "123".isupper(), "123".islower())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle())
for w in ["a", "abc", "abcdef", ""]:
    print("[" + w.center(7) + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5, "*") + "]", "[" + w.center(6, "-") + "]")
print("abc".center(2), "abc".ljust(-1), "abc".rjust(3), "[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), repr("".zfill(2)))
print("-".zfill(3), "3.14".zfill(8), "--1".zfill(5))
table = [("apple", 1.5, 10), ("banana", 0.25, 150), ("kiwi", 12.0, 3)]
print("NAME".ljust(10) + "PRICE".rjust(8) + "QTY".rjust(6))
for name, price, qty in table:
    print(name.ljust(10) + str(price).rjust(8) + str(qty).rjust(6))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("\u65e5\u672c".center(6, "*"), "\u65e5\u672c".rjust(4, "."), len("\u65e5\u672c".ljust(5)))
for n in [5, 55, 555, 5555, 55555]:
    print(str(n).rjust(4, "0"), str(n).zfill(4), f"{n:04d}")
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
print("".join(c.upper() if i % 2 else c.lower() for i, c in enumerate("alternating")))
