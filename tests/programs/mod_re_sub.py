# re.sub / subn: templates with \1, \g<name>, \g<0>, callables, count, and escape.
import re

text = "John Smith (42), Jane Doe (37), Bob Stone (29)"
print(re.sub(r"(\w+) (\w+)", r"\2, \1", text))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+) \((?P<age>\d+)\)", r"\g<last>:\g<age>", text))
print(re.sub(r"\d+", r"<\g<0>>", text))
print(re.sub(r"\((\d+)\)", lambda m: "(%d)" % (int(m.group(1)) + 1), text))
print(re.subn(r"o", "0", text))
print(re.sub(r"\s+", " ", "  lots   of\t\twhite \n space  ").strip())
print(re.sub(r"a", "b", "aaaa", count=2), re.sub(r"x*", "-", "abc"))
print(re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", "1234567890"))

def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()

def snake_to_camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)

for n in ["getHTTPResponseCode", "CamelCase", "already_snake", "parseXML2Json"]:
    print(n, camel_to_snake(n), snake_to_camel(camel_to_snake(n)))

template = "Hello {name}, you owe ${amount}. Bye {name}! {missing}"
values = {"name": "Ann", "amount": "12.50"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))

counter = {"n": 0}
def number(m):
    counter["n"] += 1
    return f"{counter['n']}. {m.group(1)}"
print(re.sub(r"^- (.*)$", number, "- apples\n- pears\n- plums", flags=re.M))

special = "price: $5.00 (approx.) [ok]?"
pattern = re.escape("$5.00 (approx.)")
print(pattern, re.search(pattern, special).span())
print(re.sub(re.escape("a.b"), "X", "a.b axb a.b"))
print(re.sub(r"(a)|b", r"[\1]", "abab"), re.sub(r"\b", "|", "hi you"))
print(re.sub(r"(\w+)", r"\n\t\\\1", "x y"))
print(re.sub(b"[aeiou]", b"*", b"bytes are fine"), re.subn(b"(\\w+)", b"<\\1>", b"a bc"))
p = re.compile(r"(?P<k>\w+)=(?P<v>\w+)")
print(p.sub(r"\g<v>=\g<k>", "a=1 b=2"), p.subn(lambda m: m["k"].upper(), "a=1 b=2", 1))
print(re.sub("", "-", "abc"), re.sub(r"(?=b)", "^", "abab"), re.sub("$", "!", "line\n"))
html = "<b>bold</b> and <i>italic</i> <br/>"
print(re.sub(r"<(/?)(\w+)(/?)>", lambda m: "[%s%s%s]" % (m[1], m[2].upper(), m[3]), html))
