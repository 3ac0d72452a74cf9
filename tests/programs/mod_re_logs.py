# Parsing an access log and an app log: named groups, groupdict, MULTILINE, aggregation.
import re

ACCESS = """\
127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 120
10.0.0.5 - bob [10/Oct/2023:13:56:09 +0000] "POST /api/login HTTP/1.1" 200 98
192.168.1.20 - - [10/Oct/2023:14:01:12 +0000] "GET /images/logo.png HTTP/2.0" 304 -
garbage line that does not parse
127.0.0.1 - - [10/Oct/2023:14:02:00 +0000] "DELETE /api/item/42 HTTP/1.1" 500 17
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?P<user>\S+) '
    r'\[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
)

by_status = {}
bytes_by_ip = {}
bad = 0
for line in ACCESS.splitlines():
    m = LINE.match(line)
    if not m:
        bad += 1
        print("unparsed:", repr(line[:20]))
        continue
    d = m.groupdict()
    by_status[d["status"]] = by_status.get(d["status"], 0) + 1
    size = 0 if d["size"] == "-" else int(d["size"])
    bytes_by_ip[d["ip"]] = bytes_by_ip.get(d["ip"], 0) + size
    print(d["method"], d["path"], d["status"], m.span("path"), m.group("user", "time"))
print(sorted(by_status.items()), sorted(bytes_by_ip.items()), bad)

APP = """2023-10-10 13:55:36,120 INFO  [main] Server started on port 8080
2023-10-10 13:55:40,002 WARN  [pool-1] Slow query took 1532ms: SELECT * FROM users
2023-10-10 13:56:00,900 ERROR [pool-2] Connection refused (retry 3/5)
    at db.connect(Db.java:42)
    at app.main(App.java:7)
2023-10-10 13:57:13,000 INFO  [main] Request handled in 87ms
2023-10-10 13:58:01,450 ERROR [pool-1] Timeout after 30000ms
"""
ENTRY = re.compile(r"^(\S+ [\d:,]+) (INFO|WARN|ERROR)\s+\[([\w-]+)\] (.*)$", re.M)
for stamp, level, thread, msg in ENTRY.findall(APP):
    if level != "INFO":
        print(level, thread, msg)
durations = [int(x) for x in re.findall(r"(\d+)ms\b", APP)]
print(durations, max(durations))
traces = re.findall(r"^\s+at (\S+)\((\w+\.java):(\d+)\)$", APP, re.MULTILINE)
print(traces)
errors = re.compile(r"^.*ERROR.*(?:\n\s+at .*)*", re.M)
for block in errors.finditer(APP):
    print(block.group().count("\n"), block.start())
print(re.sub(r"\d{4}-\d\d-\d\d ([\d:]+),\d+", r"[\1]", APP.splitlines()[0]))
