# strip/lstrip/rstrip/replace/removeprefix/expandtabs
s = "   hello world   "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcHelloabc".strip("cba")))
print(repr("\t\n hi \r\n".strip()), repr("".strip()), repr("   ".strip()))
print(repr("0001200".lstrip("0")), repr("0001200".rstrip("0")))
print(repr("www.example.com".strip("w.moc")))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("x", "y"))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".replace("hello", ""), "".replace("", "x"))
print("mississippi".replace("ss", "SS").replace("i", "!"))
template = "Dear NAME, your order ORDER ships DATE."
for k, v in [("NAME", "Ann"), ("ORDER", "#42"), ("DATE", "today")]:
    template = template.replace(k, v)
print(template)
print("a.b.c".replace(".", ""), "tab\tsep".replace("\t", "    "))
print("\u00e9\u00e9\u00e9".replace("\u00e9", "e"), "\u00fcn\u00efc\u00f6d\u00e9".strip("\u00fc\u00e9"))
print(repr(" \u00a0x\u3000 ".strip()))
print("prefix_value".removeprefix("prefix_"), "value.txt".removesuffix(".txt"), "abc".removeprefix("x"))
line = "  key = value  # comment"
k, _, rest = line.partition("=")
print(repr(k.strip()), repr(rest.split("#")[0].strip()))
print(repr("hello world".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs(2)))
print(repr("  lead".lstrip(" l")), repr("trail..".rstrip(".")), repr("..".strip(".")))
