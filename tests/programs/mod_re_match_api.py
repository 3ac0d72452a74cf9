# The Match and Pattern object APIs: groups, spans, pos/endpos, expand, repr, lastindex.
import re

p = re.compile(r"(?P<key>[a-z]+)=(?P<value>\d+)?(;)?")
m = p.search("  abc=123; x")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(1, 2, 3), m.group("key", "value"))
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.span(2), m.start("value"))
print(m.lastindex, m.lastgroup, m.re is p, m.string, m.pos, m.endpos, m.regs)
print(m[0], m[1], m["value"], m.expand(r"\g<value>:\1\\\n"))
m2 = p.match("k=;")
print(m2.groups(), m2.groups("none"), m2.groupdict(0), m2.span("value"), m2.start(2), m2.lastindex)
print(p.pattern, p.groups, p.groupindex, p.flags, repr(p))
print(p.match("zz=1", 1), p.match("zz=1", 0, 2), p.search("zz=1 q=2", 3), p.fullmatch("q=2;", 0, 3))
print(p.match("ab=1", 1).span(), p.search("ab=1", endpos=3), p.search("ab=1", pos=-5))

print(re.match(r"(a)(b)?", "ac").lastindex, re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)|(b)", "b").lastindex)
print(re.match(r"(?P<x>a)(?P<y>b)", "ab").lastgroup, re.match(r"(a)(?P<y>b)?", "a").lastgroup, re.match("a", "a").lastindex)
mm = re.match(r"(\w)+", "abc")
print(mm.group(1), mm.span(1), re.match(r"(?:(\w)(\d))+", "a1b2").groups())
print(re.search(r"^\w+$", "first\nsecond", re.M).group(), re.search(r"\w+$", "first\nsecond").group())

words = "The quick brown fox"
for m in re.finditer(r"\b(\w)(\w*)\b", words):
    print(m.start(), m.group(1).upper() + m.group(2), m.span(2))
print(bool(re.match("x", "x")), re.match("x", "y") is None, re.match("", "").span())
print(repr(re.search(r"[\n\t'\"]+", 'a\n\t\'"b')), re.search(b"\\d+", b"abc123"))
print(re.search("é+", "caféé!"), re.compile("é").search("x"))
print(type(m).__name__, type(p).__name__, isinstance(m, re.Match), isinstance(p, re.Pattern))
print(p == re.compile(r"(?P<key>[a-z]+)=(?P<value>\d+)?(;)?"), re.compile("a") == re.compile("a", re.I))
print(len({re.compile("q"), re.compile("q")}))
re.purge()
print(re.compile("abc").match("abcd").group())
