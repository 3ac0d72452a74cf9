# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII; inline and scoped flags; flag values.
import re

print(re.findall(r"python", "Python PYTHON python", re.I))
print(re.findall(r"^\w+", "one two\nthree four\nfive", re.M), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"\w+$", "one two\nthree four\n", re.M), re.findall(r"\w+$", "a\nb\n"))
print(re.search(r"start.*end", "start\nmiddle\nend", re.S).group().count("\n"), re.search(r"start.*end", "start\nend"))
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
print(re.findall(r"\d", "1٣٤2", re.ASCII), re.findall(r"\d", "1٣٤2"))
print(re.match(r"(?i)ß", "ß") is not None, re.match(r"[à-ÿ]+", "ÀÉÎ", re.I).group())

phone = re.compile(r"""
    ^\s*
    (?:\+?(?P<country>\d{1,3})[\s.-]+)?   # optional country code
    \(?(?P<area>\d{3})\)?                # area code, maybe in parens
    [\s.-]*
    (?P<prefix>\d{3})                    # exchange
    [\s.-]*
    (?P<line>\d{4})                      # line number
    \s*$
""", re.VERBOSE)
for s in ["(555) 867-5309", "+1 555.867.5309", "5558675309", "555-867-530"]:
    m = phone.match(s)
    print(s, m and m.groupdict())

print(re.findall(r"(?i)a(?-i:B)c", "aBc ABC abc AbC"))
print(re.findall(r"a(?i:b)c", "abc aBc ABC aBC"))
print(re.findall(r"(?m)^#.*$", "#a\nb\n#c"), re.findall(r"(?s)<.+?>", "<a\nb> <c>"))
print(re.findall(r"(?x) \d+ \s* [a-z]+ # trailing comment", "10 apples, 3pears"))
print(re.findall(r"(?ix) H E L L O", "hello HeLLo"), re.search("(?x)[ ]x", "a x").span())

print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), re.I | re.M == 10)
print(re.IGNORECASE, re.I | re.M, repr(re.S | re.X), re.NOFLAG, re.I & re.M)
print(re.compile("x").flags, re.compile("x", re.I).flags, re.compile("(?im)x").flags)
print(re.compile(b"x").flags, re.compile("x", re.A).flags, re.compile("(?s)x", re.X).flags)
print(re.compile("a", re.I | re.M), re.compile(r"\d+"), re.compile("x", re.A), re.compile(b"y", re.I))

CONFIG = """
[server]
Host = Example.COM
port=8080
# comment
[client]
TIMEOUT = 30
"""
section = None
settings = {}
for line in CONFIG.splitlines():
    if re.fullmatch(r"\s*(#.*)?", line):
        continue
    m = re.fullmatch(r"\[(\w+)\]", line)
    if m:
        section = m.group(1)
        continue
    m = re.fullmatch(r"(?i)\s*([a-z_]+)\s*=\s*(.*?)\s*", line)
    if m:
        settings[f"{section}.{m.group(1).lower()}"] = m.group(2)
print(settings)
print(re.sub(r"(?i)example\.com", "example.org", CONFIG).split("\n")[2])
print(re.split(r"\s*AND\s*", "a and b AND c", flags=re.I), re.subn("x", "y", "XxX", flags=re.I))
