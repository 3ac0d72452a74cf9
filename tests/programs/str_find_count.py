# find/rfind/index/rindex/count/startswith/endswith
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 10), s.rfind("zz"))
print(s.index("world"), s.rindex("l"))
try:
    s.index("java")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("java")
except ValueError as e:
    print("ValueError:", e)
print(s.count("l"), s.count("hello"), s.count("l", 5), s.count(""), "aaaa".count("aa"))
print(s.find(""), s.find("", 5), s.rfind(""), "abc".find("", 10))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.startswith(""))
print(s.endswith("python"), s.endswith("hello", 0, 5), s.endswith(("py", "on")), s.endswith("x"))
print(s.find("o", -5), s.find("o", -100, -10), s.count("o", -10))
print("abc" in s, "hello" in s, s.find("h") == s.index("h"))
def all_positions(text, sub):
    out = []
    i = text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
print(all_positions("abracadabra", "a"), all_positions("abracadabra", "abra"), all_positions("aaa", "aa"))
print("\u00fcn\u00efc\u00f6d\u00e9".find("c"), "\u65e5\u672c\u8a9e\u30c6\u30ad".find("\u30c6"), "\u65e5\u672c\u8a9e".count("\u672c"))
print("Hello".startswith("h"), "Hello".lower().startswith("h"))
try:
    s.startswith(["h"])
except TypeError as e:
    print("TypeError:", e)
