"""Generator pipeline for log processing with re."""
import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 12ms user=alice
2024-03-01 12:00:02 INFO  [web] GET /about.html 200 8ms user=bob
2024-03-01 12:00:02 WARN  [db] slow query took 1500ms table=orders
2024-03-01 12:00:03 ERROR [web] GET /api/orders 500 230ms user=alice
garbage line here
2024-03-01 12:00:04 INFO  [web] POST /api/orders 201 45ms user=carol
2024-03-01 12:00:05 DEBUG [cache] miss key=user:42
2024-03-01 12:00:05 INFO  [web] GET /index.html 304 3ms user=dave
2024-03-01 12:00:07 ERROR [db] connection reset table=users
2024-03-01 12:01:00 INFO  [web] GET /api/orders 200 99ms user=bob
2024-03-01 12:01:02 WARN  [web] GET /old-page 404 5ms user=erin
2024-03-01 12:01:03 INFO  [web] GET /index.html 200 11ms user=alice
"""

LINE_RE = re.compile(
    r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$"
)
REQ_RE = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms")
KV_RE = re.compile(r"(\w+)=(\S+)")


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines, rejects):
    for n, line in lines:
        m = LINE_RE.match(line)
        if m is None:
            rejects.append(n)
            continue
        rec = m.groupdict()
        rec["fields"] = dict(KV_RE.findall(rec["msg"]))
        yield rec


def only_levels(records, *levels):
    return (r for r in records if r["level"] in levels)


def requests(records):
    for r in records:
        m = REQ_RE.search(r["msg"])
        if m:
            req = {k: (int(v) if v.isdigit() else v) for k, v in m.groupdict().items()}
            req["user"] = r["fields"].get("user", "-")
            req["time"] = r["time"]
            yield req


def window(items, size):
    buf = []
    for item in items:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


rejects = []
records = list(parse(read_lines(LOG), rejects))
print("records:", len(records), "rejected lines:", rejects)
levels = Counter(r["level"] for r in records)
print("levels:", sorted(levels.items()))

for r in only_levels(records, "ERROR", "WARN"):
    print(f"  {r['time']} {r['level']:<5} {r['comp']:<5} {r['msg']}")

reqs = list(requests(iter(records)))
print("requests:", len(reqs))
status_classes = Counter(f"{q['status'] // 100}xx" for q in reqs)
print("status classes:", sorted(status_classes.items()))
per_path = defaultdict(list)
for q in reqs:
    per_path[q["path"]].append(q["ms"])
for path, times in sorted(per_path.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"  {path:<14} n={len(times)} avg={sum(times) / len(times):6.1f}ms max={max(times)}ms")
users = Counter(q["user"] for q in reqs)
print("top users:", users.most_common(2))
print("moving avg latency:", [round(sum(q["ms"] for q in w) / 3, 1) for w in window(reqs, 3)])
redacted = re.sub(r"user=(\w)\w*", lambda m: "user=" + m.group(1) + "***", LOG.splitlines()[0])
print(redacted)
slow = [int(x) for x in re.findall(r"(\d+)ms", LOG) if int(x) >= 100]
print("slow ms values:", slow)
minutes = Counter(r["time"][:5] for r in records)
print("per minute:", dict(minutes))
