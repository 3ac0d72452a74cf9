# Text files: write, read, readline, readlines, iteration, with, append
import os  # only for os.remove (cleanup)
path = "/tmp/strata_test_file_write_read_data.txt"
f = open(path, "w")
n = f.write("first line\n")
print("write returned", n)
f.write("second line\n")
f.write("third line without newline")
f.close()
print("closed:", f.closed)
with open(path) as f:
    content = f.read()
print(repr(content))
with open(path, "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip("\n")))
with open(path, "a") as f:
    f.write("\nappended\n")
with open(path) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
with open(path, "w") as f:
    print("via print", 1, 2, file=f)
    f.writelines(["x\n", "y\n"])
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read()), repr(f.read()))
with open(path, "w") as f:
    f.write("caf\u00e9 \u65e5\u672c\n")
with open(path, encoding="utf-8") as f:
    txt = f.read()
print(len(txt), ascii(txt))
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()), f.readline() == "", f.readlines())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
