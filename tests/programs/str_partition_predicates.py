# partition/rpartition and is* predicates
for s in ["key=value", "key=value=more", "novalue", "=start", "end="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("abc"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
samples = ["123", "12.3", "", "abc", "ABC", "abc123", "   ", " \t\n", "Abc", "\u0663", "\u00b2", "\u00bd", "\u00e9", "\u65e5\u672c", "a b", "_", "0x1F", "-5"]
print("digit alpha alnum space upper lower numeric decimal")
for s in samples:
    print(ascii(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isnumeric(), s.isdecimal())
print("abc".isidentifier(), "1abc".isidentifier(), "_x1".isidentifier(), "\u00e9t\u00e9".isidentifier(), "a-b".isidentifier())
print("abc".isascii(), "\u00e9".isascii(), "".isascii())
print("hello\n".isprintable(), "hello".isprintable(), "".isprintable())
def classify(tok):
    if tok.isdigit():
        return "int"
    if tok.replace(".", "", 1).isdigit():
        return "float"
    if tok.isidentifier():
        return "name"
    if tok.isspace():
        return "space"
    return "other"
print([classify(t) for t in ["42", "3.14", "x1", "  ", "1.2.3", "+"]])
