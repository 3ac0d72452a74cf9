# 100,000-character inputs through the regex engine (no Rust recursion per character), then a
# pattern nested too deeply to compile.
import re

s = "ab" * 50000
print(re.match(r"(?:a|b)*", s).end(), re.match(r"(ab)*", s).span(1))
print(re.match(r"(a|b)*?$", s).span(1), re.fullmatch(r"(?:(a)|b)+", s).lastindex)
print(len(re.findall(r"a", s)), len(re.split(r"(?<=a)", s)), re.subn(r"b", "", s)[1])
print(re.search(r"(?:a(?=b)b)+c", s + "c").span(), re.search("x", s))
q = '"' + 'x\\"' * 30000 + '"'
print(re.fullmatch(r'"(?:[^"\\]|\\.)*"', q) is not None)
nested = "(" * 300 + "a*" + ")" * 300
print(re.match(nested, "a" * 100000).end())
re.compile("(" * 5000 + ")" * 5000)
