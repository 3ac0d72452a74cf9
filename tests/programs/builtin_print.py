# print with sep/end/file/flush and sys.stdout.write
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline", end="")
print(" continued")
print("x", "y", sep="-", end="!\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=",")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(*range(5))
print(*range(5), sep="")
print(*"abc", sep="\n")
print("multi\nline\ttab")
print("", end="")
print("a", end="")
print("b", end="\n\n")
print("sep None", "uses space", sep=None, end=None)
r = sys.stdout.write("written via write\n")
print("write returned", r)
sys.stdout.write("partial ")
sys.stdout.write("line\n")
print("x" * 10, "y" * 0 + "|")
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
o = Out()
print("captured", 42, sep=":", file=o)
print("second", file=o, end="")
print(o.parts)
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()] == [S()], sep=" / ")
print(-0.0, 1e100, 10 ** 25, "\u00e9")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
print(print is print, type(print).__name__, print("inner") is None)
