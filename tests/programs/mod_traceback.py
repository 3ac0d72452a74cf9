import sys
import traceback
import io

FILE = __file__


def clean(text):
    return text.replace(FILE, "FILE")


def inner(n):
    if n > 1:
        raise ValueError("bad value %d" % n)
    return n


def middle(n):
    inner(n + 1)


def outer():
    middle(5)


print(repr(traceback.format_exc()))

try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(clean(text), end="")
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    tb = sys.exc_info()[2]
    frames = traceback.extract_tb(tb)
    print(len(frames), [f.name for f in frames], [f.lineno for f in frames])
    print([f.line for f in frames])
    print(frames[-1].name, frames[-1].line, frames[-1].filename == FILE)
    fname, lineno, name, line = frames[0]
    print(lineno, name, line)
    print([clean(s) for s in traceback.format_tb(tb)])

try:
    outer()
except ValueError as e:
    saved = e

lines = traceback.format_exception(saved)
print(len(lines), lines[0], lines[-1], end="")
print(clean("".join(traceback.format_exception(type(saved), saved, saved.__traceback__))), end="")
print(traceback.format_exception_only(saved))
print(traceback.format_exception_only(type(saved), saved))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(RuntimeError()))
out = io.StringIO()
traceback.print_exception(saved, file=out)
print(clean(out.getvalue()), end="")


class AppError(Exception):
    pass


def convert():
    try:
        raise KeyError("missing")
    except KeyError as e:
        raise AppError("conversion failed") from e


try:
    convert()
except AppError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    print("---")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise OSError("second")
except OSError:
    print(clean(traceback.format_exc()), end="")

try:
    raise ValueError("with note")
except ValueError as e:
    e.__notes__ = ["a note"]
    print(traceback.format_exception_only(e))

te = traceback.TracebackException.from_exception(saved)
print(str(te), te.exc_type.__name__, len(te.stack))
print("".join(te.format_exception_only()), end="")
print(clean("".join(te.format())), end="")
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 9, "gn", "")]))
fs = traceback.FrameSummary("a.py", 1, "m", line="  pass  ")
print(fs, fs.line, fs == ("a.py", 1, "m", "pass"), list(fs))
print(traceback.format_exception(None))
