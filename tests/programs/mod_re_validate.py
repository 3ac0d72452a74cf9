# Input validation with fullmatch, lookaheads and anchors.
import re

EMAIL = re.compile(r"[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
PASSWORD = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s])(?!.*\s).{8,}")
HEXCOLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
IDENT = re.compile(r"(?!\d)\w+")
PHONE = re.compile(r"(?:\+1[ -]?)?\(?(\d{3})\)?[ .-]?(\d{3})[ .-]?(\d{4})")

tests = {
    "email": (EMAIL, ["alice@example.com", "bob.smith+tag@mail.co.uk", "bad@", "@bad.com", "x@y.z", "a b@c.de"]),
    "ipv4": (IPV4, ["192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "0.0.0.0"]),
    "date": (DATE, ["2023-12-31", "2023-13-01", "2024-02-29", "99-01-01", "2023-1-1"]),
    "password": (PASSWORD, ["Passw0rd!", "password", "Sh0rt!", "NoDigits!!", "With Space1!", "G00d#Pass"]),
    "hexcolor": (HEXCOLOR, ["#fff", "#A1B2C3", "#abcd", "fff", "#12345g"]),
    "ident": (IDENT, ["foo", "_bar9", "9lives", "naïve", "a-b"]),
}
for name, (pat, samples) in tests.items():
    results = [(s, bool(pat.fullmatch(s))) for s in samples]
    print(name, results)

for p in ["(555) 123-4567", "555.123.4567", "+1 555 123 4567", "5551234567", "555-1234"]:
    m = PHONE.fullmatch(p)
    print(p, "->", "-".join(m.groups()) if m else None)

m = DATE.fullmatch("2023-07-04")
print(m.groupdict(), int(m["y"]) + 1, m.expand(r"\g<d>/\g<m>/\g<y>"))

def check_form(form):
    problems = []
    rules = [("username", r"[a-z][a-z0-9_]{2,15}", "3-16 chars, lowercase start"),
             ("zip", r"\d{5}(?:-\d{4})?", "5 digits or ZIP+4"),
             ("age", r"(?:1[89]|[2-9]\d|1[01]\d)", "18-119")]
    for field, rx, why in rules:
        value = form.get(field, "")
        if not re.fullmatch(rx, value):
            problems.append(f"{field}={value!r}: {why}")
    return problems

print(check_form({"username": "joe_99", "zip": "12345-6789", "age": "42"}))
print(check_form({"username": "9joe", "zip": "1234", "age": "17"}))
print(re.match(r"\d+", "123abc").group(), re.fullmatch(r"\d+", "123abc"))
print(re.search(r"^\s*$", "   "), re.search(r"^\s*$", " x "))
print(bool(re.match(r"[\w-]+$", "some-slug_1")), bool(re.match(r"[\w-]+$", "bad slug")))
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"(?:a|ab)(?:c|bcd)", "abcd").span())
