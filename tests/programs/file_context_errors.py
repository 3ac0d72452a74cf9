# File objects with context managers, exceptions and modes
import os  # only for os.remove (cleanup)
path = "/tmp/strata_test_file_context_errors_data.txt"
try:
    with open(path, "w") as f:
        f.write("partial\n")
        raise RuntimeError("abort while writing")
except RuntimeError as e:
    print("RuntimeError:", e, "closed:", f.closed)
with open(path) as f:
    print(repr(f.read()))
try:
    open("/tmp/strata_test_file_context_errors_missing_dir/nope.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, isinstance(e, OSError))
try:
    open(path, "q")
except ValueError as e:
    print("ValueError:", e)
f = open(path, "w")
print(f.writable(), f.readable(), f.name == path, f.mode)
f.write("abc\n")
f.close()
f.close()
try:
    f.write("more")
except ValueError as e:
    print("ValueError:", e)
with open(path, "a") as f:
    print(f.mode, f.write("def\n"))
with open(path) as f:
    print(f.mode, f.readable(), f.writable(), f.read().split())
with open(path, "wb") as f:
    print(f.write(b"\x00\x01binary\xff"))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    for i in range(5):
        f.write(str(i) * (i + 1) + "\n")
with open(path) as f:
    longest = max(f, key=len)
print(repr(longest))
with open(path) as f:
    print([len(line) for line in f])
with open(path) as a, open(path) as b:
    print(a.readline() == b.readline(), a.readline(), end="")
lines_written = 0
with open(path, "w") as f:
    for word in "alpha beta gamma".split():
        f.write(word + "\n")
        lines_written += 1
print(lines_written)
with open(path) as f:
    print(f.read().upper().splitlines())
os.remove(path)
print("done")
