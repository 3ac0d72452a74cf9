# Write a small CSV-like file, read it back line by line, aggregate, write a report
import os  # only for os.remove (cleanup)
data_path = "/tmp/strata_test_file_lines_processing_data.txt"
report_path = "/tmp/strata_test_file_lines_processing_report.txt"
rows = [
    ("alice", "math", 91),
    ("bob", "math", 78),
    ("alice", "art", 85),
    ("carol", "math", 88),
    ("bob", "art", 92),
    ("carol", "art", 70),
]
with open(data_path, "w") as out:
    out.write("# name,subject,score\n")
    for name, subject, score in rows:
        out.write(f"{name},{subject},{score}\n")
    out.write("\n")
totals = {}
subjects = {}
count = 0
with open(data_path) as inp:
    for raw in inp:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, subject, score = line.split(",")
        score = int(score)
        totals[name] = totals.get(name, 0) + score
        subjects.setdefault(subject, []).append(score)
        count += 1
print("records:", count)
for name in sorted(totals):
    print(f"{name:6} total={totals[name]}")
for subject, scores in sorted(subjects.items()):
    print(f"{subject:5} avg={sum(scores) / len(scores):.2f} max={max(scores)}")
with open(report_path, "w") as rep:
    for name, total in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(name, total, sep="\t", file=rep)
with open(report_path) as rep:
    first = rep.readline()
    rest = rep.readlines()
print(repr(first), rest)
with open(report_path, "a") as rep:
    rep.write("END\n")
with open(report_path) as rep:
    print(sum(1 for _ in rep), "lines after append")
with open(data_path) as inp:
    header = next(inp)
    second = next(inp)
    print(repr(header), repr(second))
    remaining = list(inp)
    print(len(remaining), repr(remaining[-1]))
with open(data_path, "r+") as f:
    start = f.read(7)
    print(repr(start))
try:
    with open(data_path) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__)
with open(data_path, "x" if False else "w") as f:
    f.write("one\ntwo\n")
with open(data_path) as f:
    print([l for l in f])
os.remove(data_path)
os.remove(report_path)
print("cleaned up")
