# re.error messages and positions, wrong argument types, and Match misuse.
import re

bad_patterns = [
    "(abc", "abc)", "[a-z", "a**", "*x", "x{3,2}", r"\q", "(?P<1x>a)", "(?P<n>a)(?P<n>b)",
    r"(?P=missing)", r"(a)\2", "(?<=a+)b", "(?z)", "a(?i)b", "[z-a]", "(?", r"\x4",
    "a\nb(", "(?P<name", "x{1,2}{3}", r"[\d-z]", "(?#unterminated",
]
for p in bad_patterns:
    try:
        re.compile(p)
        print("compiled?!", repr(p))
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    re.compile("x{99999999999}")
except OverflowError as e:
    print("OverflowError:", e)
print(issubclass(re.error, Exception), re.error.__name__, isinstance(re.error("m"), re.error))
e = re.error("custom", "a\nbc", 3)
print(e, e.lineno, e.colno, e.args)

for args in [("a", b"abc"), (b"a", "abc"), ("a", 123), (123, "abc")]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)

m = re.match(r"(?P<word>\w+)(\d)?", "hello")
for g in [0, 1, 2, "word", 3, "nope", -1]:
    try:
        print(g, repr(m.group(g)), m.span(g))
    except IndexError as e:
        print(g, "IndexError:", e)

for tmpl in [r"\3", r"\g<nope>", r"\g<x", r"\q", r"\g<1>!", "\\"]:
    try:
        print(repr(re.sub(r"(\w)(\w)", tmpl, "ab")))
    except (re.error, IndexError) as e:
        print(repr(tmpl), type(e).__name__ + ":", e)

try:
    re.sub("a", lambda m: 42, "banana")
except TypeError as e:
    print("TypeError:", e)

def safe_compile(p):
    try:
        return re.compile(p)
    except re.error as exc:
        return f"invalid ({exc.msg} @ {exc.pos})"

print(safe_compile(r"\d+(\.\d+)?"), safe_compile(r"\d+(\.\d+?"))
re.compile("(unclosed")
