# Lookahead, lookbehind, word boundaries, backreferences, atomic groups and conditionals.
import re

def commify(n):
    return re.sub(r"(?<=\d)(?=(?:\d{3})+(?!\d))", ",", str(n))

for n in [0, 999, 1000, 1234567, -9876543210, 12345.678]:
    print(n, commify(n))

print(re.findall(r"\b\w+(?=ing\b)", "singing and dancing while bring ring thing"))
print(re.findall(r"(?<=\$)\d+(?:\.\d+)?", "cost $12.50, tax $3, total 15.50"))
print(re.findall(r"(?<!\$)\b\d+\b", "cost $12, count 7, $8 and 42"))
print(re.findall(r"\b(?!un)\w+able\b", "unable capable unstable readable"))
print(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", "splitCamelCaseWordsNow"))
print(re.findall(r"(?<=@)\w+", "mail @alice and @bob, not email@"))
print(re.search(r"(?<=-)\w+", "spam-egg").group(0))

print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the code"))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", "the the the cat sat sat down"))
print(re.findall(r"(['\"])(.*?)\1", """say "hi" and 'bye' but "don't" """))
print(re.search(r"(?P<tag><(\w+)>).*?</(?P=tag)", "x") , re.search(r"<(\w+)>.*?</\1>", "<b>bold</b><i>x</j>").group())
print(re.findall(r"(?i)\b(\w)\w*\1\b", "Anna Bob civic Otto level xyz"))

print(re.match(r"(?>a+)b", "aaab").group(), re.match(r"(?>a+)ab", "aaab"))
print(re.match(r"\d++5", "12345"), re.match(r"\d+5", "12345").group())
print(re.match(r"(?>x|xy)z", "xyz"), re.match(r"(?:x|xy)z", "xyz").group())

tag = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = tag.match(s)
    print(s, m.group(2) if m else None)

def strong_password(pw):
    checks = {
        "lower": r"(?=.*[a-z])", "upper": r"(?=.*[A-Z])", "digit": r"(?=.*\d)",
        "no-repeat": r"(?!.*(.)\1\1)", "length": r"(?=.{10,}$)",
    }
    return [k for k, rx in checks.items() if not re.match(rx, pw)]

for pw in ["abcDEF1234", "aaaBBB1111", "short1A", "alllowercase999"]:
    print(pw, strong_password(pw))

print(re.findall(r"\bcat\b", "cat concat cat's bobcat cat"), re.findall(r"\Bcat\B", "concatenate cat"))
print(re.split(r"(?<=,)", "a,b,c"), re.findall(r"(?=(\w\w))", "abcd"))
print(re.search(r"(?<![\d.])\d+(?![\d.])", "1.5 and 22 and 3.").group())
