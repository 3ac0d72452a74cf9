import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
print("to buffer", 1, 2, sep="-", end="!\n", file=buf)
print("second", file=buf)
print(repr(buf.getvalue()))

out = io.StringIO()
with redirect_stdout(out):
    print("captured")
    print("also", "captured")
    sys.stdout.write("direct write\n")
print("back on stdout")
print(repr(out.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("an error line", file=sys.stderr)
print(repr(err.getvalue()))

old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = old
print("restored:", repr(captured))


def report(stream):
    for i in range(3):
        print(f"row {i}", file=stream)


lines = io.StringIO()
report(lines)
lines.seek(0)
print([l.rstrip() for l in lines])
