# warnings report the line of the code that warned (stacklevel picks a caller), and
# sys._getframe gives the calling frames' code, line, globals and locals.
import os
import sys
import warnings


def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def plain():
    warnings.warn("plain warning")


def caller():
    deprecated_api()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    plain()
    caller()
    deprecated_api()
    warnings.warn("too deep", UserWarning, stacklevel=30)
    for w in caught:
        print(os.path.basename(w.filename), w.lineno, w.category.__name__, w.message)


def inner(depth):
    f = sys._getframe(depth); return f.f_code.co_name, f.f_lineno, f.f_locals, f.f_globals


def middle():
    token = 42
    return [inner(0), inner(1), inner(2)]


for name, line, names, globs in middle():
    print(name, line, 'token' in names, 'middle' in names, globs is globals())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
print(sys._getframe().f_back is None, sys._getframe().f_code.co_name)
