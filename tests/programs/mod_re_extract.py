# re: realistic extraction tasks
import re
log = """2024-01-05 10:22:01 ERROR [db] connection lost (code=1045)
2024-01-05 10:22:05 INFO  [web] GET /index.html 200 0.023s
2024-01-05 10:23:17 WARN  [web] GET /missing 404 0.002s
2024-01-06 08:00:00 INFO  [cron] job=backup status=ok
2024-01-06 08:01:30 ERROR [cron] job=cleanup status=failed"""
line_re = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+)\s+\[(?P<src>\w+)\] (?P<msg>.*)$", re.M)
for m in line_re.finditer(log):
    print(m.group("level"), m["src"], m.group("date", "time"), len(m.group("msg")))
print([m.groupdict()["src"] for m in line_re.finditer(log) if m["level"] == "ERROR"])
print(re.findall(r"GET (\S+) (\d{3})", log))
print(dict(re.findall(r"(\w+)=(\w+)", log)))
print(re.findall(r"(\d+\.\d+)s", log), re.search(r"code=(\d+)", log).group(1))
emails = "contact: alice@example.com, bob.smith@mail.co.uk; bad@ , @bad.com, x_y@z.io"
print(re.findall(r"[\w.]+@[\w]+(?:\.[\w]+)+", emails))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host and you@there"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"\s+", " ", "  too   many    spaces  "))
print(re.split(r"[;,]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"), re.split(r"x*", "axbc"))
csv_line = 'name,"Smith, John",42,"say ""hi"""'
print(re.findall(r'"((?:[^"]|"")*)"|([^,]+)', csv_line))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d{3}-\d{4}", "555-12345"))
date = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
print(date.sub(r"\3-\2-\1", "due 1/2/2024 or 12/31/2023"))
m = re.match(r"(?P<key>[\w-]+)\s*:\s*(?P<val>.+)", "Content-Type : text/html")
print(m, m.span("val"), m.start(), m.end(), m.lastgroup)
print(re.findall(r"\b[A-Z][a-z]+\b", "Alice met Bob and CAROL in Paris"))
print(re.findall(r"(?i)the", "The THE the tHe"), re.findall(r"^\s*#.*$", "x\n  # c1\ny # no\n# c2", re.M))
print(re.escape("a.b*c?"), re.findall(re.escape("1+1"), "1+1=2, 1+1"))
hexcolor = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}\b")
print(hexcolor.findall("#fff #ABCDEF #12 #1234 #abcd12"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
tpl = "Hello {name}, you owe {amount}"
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ann", "amount": "$5"}[m.group(1)], tpl))
