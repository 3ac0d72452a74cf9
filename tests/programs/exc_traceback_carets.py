# Tracebacks mark the failing expression under the source line (CPython 3.11 carets): `^` under
# the range, `~` under a binary operation's operands and a subscript's value.
import traceback


def divide(a, b):
    return a / b


def floor_div(a, b):
    return (a) // b


def lookup(d, key):
    return d[key]


def spaced_index(items):
    return items[ 5 ]


def raises():
    raise ValueError("boom")


def call_in_list():
    return [raises()]


def whole_line():
    int("x")


def attribute():
    return object().missing + 1


def multi_line():
    return (1 +
            "a")


def power():
    return 2 ** "x"


CASES = [
    lambda: divide(1, 0),
    lambda: floor_div(1, 0),
    lambda: lookup({}, "missing"),
    lambda: spaced_index([1]),
    call_in_list,
    whole_line,
    attribute,
    multi_line,
    power,
    lambda: lookup({"k": "a"}, "k") + 1,
]

for case in CASES:
    try:
        case()
    except Exception:
        text = traceback.format_exc().replace(__file__, "FILE")
        print(text)
