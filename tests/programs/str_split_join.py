# split, rsplit, join, splitlines
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 1), "a,b,,c,".rsplit(",", 2))
print("  x  y  z  ".split(None, 1), "  x  y  z  ".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("a::b::c".split("::"), "abc".split("abc"), "aaa".split("a"))
print("one two three".rsplit(), "1 2 3".split(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("\n".join(["line1", "line2"]))
print(" ".join(str(i) for i in range(5)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
text = "line one\nline two\r\nline three\rfour\n\nsix"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("no newline".splitlines(), "".splitlines(), "\n".splitlines(), "a\n".splitlines())
print(len("x\x0by\x0cz\x1cw\u2028v".splitlines()))
csv = "name,age,city\nalice,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *data = rows
for r in data:
    print(dict(zip(header, r)))
print("/usr/local/bin".split("/"), "/usr/local/bin".rsplit("/", 1)[-1])
words = "the cat sat on the mat".split()
print(len(words), words.count("the"), " ".join(reversed(words)))
print("a b".split(" ", 0), "a  b".split(" "))
