#!/usr/bin/env python3
"""Generate tests/data/numfmt_vectors.txt: CPython 3.11 ground truth for
src/object/numfmt.rs and src/object/percent.rs.

Run:  python3 tier1/tests/data/gen_numfmt_vectors.py > tier1/tests/data/numfmt_vectors.txt

Format: one vector per line, tab-separated fields, each field encoded with
Python's 'unicode_escape' codec. Floats are 16-hex-digit IEEE bit patterns.
Errors are written as '!message'.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "vectors must come from CPython 3.11"

rng = random.Random(20240611)
out = []


def esc(s):
    return str(s).encode("unicode_escape").decode("ascii")


def emit(*fields):
    out.append("\t".join(esc(f) for f in fields))


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def fbits_or_nan(x):
    return "nan" if math.isnan(x) else bits(x)


def istr(x):
    """Int as text for the vectors: decimal, or sign + 0x hex when huge."""
    if abs(x) < 10 ** 1000:
        return str(x)
    return ("-" if x < 0 else "") + hex(abs(x))


def err(e):
    return "!" + str(e)


# ---------------------------------------------------------------- floats
def interesting_floats():
    fs = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -0.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3,
          2.675, 1.005, 0.125, 0.375, 100.0, 1e16, 1e15, 9999999999999998.0,
          1e17, 1.5e-5, 1e-4, 1e-5, 0.0001, 0.00012345, 123456789.0, 1e22, 1e23,
          1e300, -1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, float("inf"), float("-inf"), float("nan"),
          3.141592653589793, 2.718281828459045, 1234.5678, -1234.5678, 0.999, 9.995,
          99.5, 0.05, 0.15, 0.25, 0.35, 1e-7, 123e-20, 4.35, 2 ** 53, 2 ** 53 + 2,
          2 ** 63, 2 ** 64, 1e100, 12345678901234567890.0, 0.1 + 0.2, 1 / 7, 1e-310,
          -1e-310, 7.0, 1234567.0, 12345.6789e10]
    return [float(x) for x in fs]


def random_floats(n):
    res = []
    for _ in range(n):
        r = rng.random()
        if r < 0.4:
            x = from_bits(rng.getrandbits(64))
        elif r < 0.7:
            x = rng.uniform(-1, 1) * 10 ** rng.randint(-20, 25)
        elif r < 0.85:
            x = round(rng.uniform(-1000, 1000), rng.randint(0, 6))
        else:
            x = rng.randint(-10 ** 6, 10 ** 6) / 8
        res.append(x)
    return res


FLOATS = interesting_floats()
for x in FLOATS + random_floats(2000) + [from_bits(rng.getrandbits(12) << 52 | rng.getrandbits(52)) for _ in range(400)]:
    emit("repr", bits(x), repr(x))
    emit("hashf", bits(x), 0 if math.isnan(x) else hash(x))
    if not math.isnan(x) and not math.isinf(x):
        n, d = x.as_integer_ratio()
        emit("ratio", bits(x), "%d/%d" % (n, d))
    emit("isint", bits(x), "true" if x.is_integer() else "false")
    emit("hex", bits(x), x.hex())
    try:
        emit("roundi", bits(x), str(round(x)))
    except (OverflowError, ValueError):
        emit("roundi", bits(x), "!")
emit("ratio", bits(float("inf")), "!cannot convert Infinity to integer ratio")
emit("ratio", bits(float("nan")), "!cannot convert NaN to integer ratio")

# ---------------------------------------------------------------- format specs
def fmt(v, spec):
    try:
        return format(v, spec)
    except (ValueError, OverflowError) as e:
        return err(e)


FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".3", ".17", ".0e",
               ".0f", ".0g", ".1g", ".2g", ".3g", ".10g", ".16g", ".17g", ".20f", ".2%",
               "#", "#.0", "#.0e", "#.0f", "#g", "#.3g", "#.0%", "10", "<10", ">10", "^10",
               "=10", "010", "+", " ", "-", "+010.2f", " 08.3e", "*^12.4g", "_<9", ",",
               "_", ",.2f", "_.3f", "015,.2f", "012_", ",e", "z", "z.1f", "z.0f", "+z.2f",
               "z.3g", ".30e", "x>20.5G", "\u00e9^11", "010,", "11,", "012,.1f",
               "08,g", ".5n", "10n", "0=12,.2f", "#10.0f", "=+12.3e", ",.0%", ">z8.1f",
               "d", "x", "c", "s", "b", ",n", "_n", ",_", "_,", "..2", "1.", "abc", ".f",
               "020", "021,.4f", ".330g", "<020", "+.0e", "=010"]
fvals = FLOATS + random_floats(60)
for x in fvals:
    for spec in FLOAT_SPECS:
        emit("fmtf", bits(x), spec, fmt(x, spec))
for x in FLOATS:
    for spec in [".1000f", ".400f", ".340e"]:
        emit("fmtf", bits(x), spec, fmt(x, spec))
for _ in range(3000):
    x = rng.choice(fvals)
    spec = "%s%s%s%s%s%s%s%s" % (
        rng.choice(["", "", "<", ">", "^", "=", "*<", "0>", "x^"]),
        rng.choice(["", "", "+", "-", " "]),
        rng.choice(["", "", "", "z"]),
        rng.choice(["", "", "#"]),
        rng.choice(["", "", "0"]),
        rng.choice(["", "", "5", "12", "25"]),
        rng.choice(["", "", ",", "_"]),
        rng.choice(["", "", ".0", ".1", ".4", ".12", ".25"]) + rng.choice(["", "e", "E", "f", "F", "g", "G", "%", "n"]),
    )
    emit("fmtf", bits(x), spec, fmt(x, spec))

INTS = [0, 1, -1, 7, -7, 10, 255, -255, 1000, 1234, -1234, 99999, 123456789,
        -123456789, 2 ** 31, 2 ** 32 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63,
        2 ** 64, 2 ** 100, -2 ** 100, 10 ** 20, 10 ** 30 + 7, 65, 0x10ffff, 0x110000,
        0xd800, 128512, -(2 ** 1024)]
INT_SPECS = ["", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%",
             ".2f", ".3e", ".0%", "#b", "#o", "#x", "#X", "10", "<10", "^10", "=10",
             "010", "+", " ", "-", "+010", "#010x", "#010X", "0=+12", "*^12", ",", "_",
             "_b", "_o", "_x", "#_x", "_X", "012,", "015_", "09_b", "09,d", ",x", ",b",
             "_c", ",c", ".2", ".2d", "z", "zd", "s", "q", "\u00e9", "+c", "#c", "10c",
             "^5c", "x<#12_b", "#012_o", "-#x", "abc", ",n", "05n", "020,.2f", "#.0e",
             "08,", "07,", "06,", "05,", "=5", "\u00e9>7", "\x01", ".", "9999999999999999999999"]
ivals = INTS + [rng.randint(-10 ** rng.randint(1, 30), 10 ** rng.randint(1, 30)) for _ in range(80)]
for x in ivals:
    for spec in INT_SPECS:
        emit("fmti", istr(x), spec, fmt(x, spec))
for _ in range(2500):
    x = rng.choice(ivals)
    spec = "%s%s%s%s%s%s%s" % (
        rng.choice(["", "", "<", ">", "^", "=", "*<", "0>", "x^"]),
        rng.choice(["", "", "+", "-", " "]),
        rng.choice(["", "", "#"]),
        rng.choice(["", "", "0"]),
        rng.choice(["", "", "5", "12", "25"]),
        rng.choice(["", "", ",", "_"]),
        rng.choice(["", "d", "b", "o", "x", "X", "n", "e", "f", "g", "%", ".2f"]),
    )
    emit("fmti", istr(x), spec, fmt(x, spec))
for x in [2 ** 1023 * 3, 2 ** 1024, 10 ** 400]:
    for spec in ["", "d", "x", ",", "e", "c", "%", "_b", "030", "#o"]:
        emit("fmti", istr(x), spec, fmt(x, spec))
big = 10 ** 4300
for x in [big - 1, big, -big + 1, -big, 2 ** 20000]:
    for spec in ["", "d", ",", "x", "10", "e"]:
        r = fmt(x, spec)
        if len(r) < 20000:
            emit("fmti", istr(x), spec, r)

STRS = ["", "a", "hello", "h\u00e9llo", "\u65e5\u672c\u8a9e", "\U0001f600x", "tab\there", "12345678901"]
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", "\u00e9>8", ".2", ".0", "10.3",
             ">10.4s", "05", "<05", "=10", "+", " ", "-", "z", "#", ",", "_", "d", "x",
             "=", "0=5", "010s", "\u00e9^", ".", "abc", "\U0001f600<6"]
for s in STRS:
    for spec in STR_SPECS:
        emit("fmts", s, spec, fmt(s, spec))

# ---------------------------------------------------------------- int parsing
def pint(text, base):
    try:
        return istr(int(text, base))
    except ValueError as e:
        if "Exceeds the limit" in str(e):
            return err(e)
        return "!invalid"


INT_TEXTS = ["0", "00", "000", "0_0", "0_7", "07", "010", "-0", "+0", "1", "-1", "+1", "12",
             " 12 ", "\t-12\n", "1_000", "1__000", "_1", "1_", "+_1", "- 1", "--1", "0x1f",
             "0X1F", "0x_1f", "0x__1f", "0x", "0x_", "0b101", "0b_1", "0b2", "0o17", "0O17",
             "0o8", "0b1_0", "1e5", "1.0", "", " ", "+", "-", "z", "Z", "zz", "123abc",
             "abc", "ff", "FF", "0b", "0o", "12345678901234567890", "-9223372036854775808",
             "9223372036854775808", "99999999999999999", "999999999999999999",
             "9999999999999999999", "\u0661\u0662\u0663", "\u00a0 42 \u2003", "\x1c5",
             "4\x85", "\u0664\u0662", "\uff11\uff12", "1\u00e9", "1 2", "0 ", " 0x10 ",
             "0_x10", "00x10", "-0x10", "+0b11", "1\x00", "\U0001d7ce\U0001d7cf",
             "0b1111111111111111111111111111111111111111111111111111111111111111111111",
             "00_00", "0__0", "0_", "1" * 40, "9" * 4300, "9" * 4301, "1_" * 4300 + "1",
             "1" * 5000 + "x", "1" * 5000 + "__1", "-" + "7" * 4301, "0x" + "f" * 5000]
BASES = [0, 2, 8, 10, 16, 36, 3, 7]
for t in INT_TEXTS:
    for b in BASES:
        emit("pint", t, b, pint(t, b))
for _ in range(600):
    b = rng.choice([0, 2, 3, 8, 10, 16, 36, 5, 12])
    n = rng.randint(-10 ** 30, 10 ** 30)
    digs = "0123456789abcdefghijklmnopqrstuvwxyz"[: max(b, 2) if b else 10]
    if b in (0, 10):
        t = str(n)
    else:
        m, s = abs(n), ""
        while m:
            s = digs[m % b] + s
            m //= b
        t = ("-" if n < 0 else "") + (s or "0")
    if rng.random() < 0.3 and len(t) > 3:
        i = rng.randint(1, len(t) - 2)
        if t[i - 1] != "-":
            t = t[:i] + "_" + t[i:]
    if rng.random() < 0.1:
        t = " " + t + " "
    emit("pint", t, b, pint(t, b))

# ---------------------------------------------------------------- float parsing
def pflt(text):
    try:
        return fbits_or_nan(float(text))
    except ValueError:
        return "!invalid"


FLOAT_TEXTS = ["0", "1", "-1", "+1.5", "1.", ".5", ".", "-.5", "1e5", "1E5", "1e+5", "1e-5",
               "1e", "1e+", "e5", "1.5e3", "  3.25  ", "\n-2\t", "inf", "-inf", "+inf",
               "Infinity", "-INFINITY", "iNfInItY", "infinit", "infinityy", "nan", "-nan",
               "+NaN", "NAN", "nan(1)", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5",
               "1.5_", "1e1_0", "1e_10", "1_e5", "0x10", "0x1p3", "1e400", "-1e400",
               "1e-400", "2.4703282292062327e-324", "2.4703282292062328e-324",
               "4.9406564584124654e-324", "1.7976931348623157e308", "1.7976931348623158e308",
               "1.7976931348623159e308", "1e99999999999999999999", "1e-99999999999999999999",
               "0.1000000000000000055511151231257827", "9007199254740993",
               "123456789012345678901234567890", "0." + "0" * 400 + "1", "1" * 500,
               "3.14159265358979323846264338327950288419716939937510", "", " ", "+", "-",
               "--1", "1 2", "1.5.5", "\u0661.\u0665", "\u00a01.5\u3000", "\x1c1.5",
               "1\x00", "1,5", "in f", "i_nf", "1e5.0", "00001.5", "-0", "-0.0", "+0e0",
               "infe", "0e", "1d5", "1f"]
for t in FLOAT_TEXTS:
    emit("pflt", t, pflt(t))
for _ in range(1500):
    x = from_bits(rng.getrandbits(64))
    if math.isnan(x):
        continue
    r = rng.random()
    if r < 0.4:
        t = repr(x)
    elif r < 0.7:
        t = "%.*e" % (rng.randint(0, 25), x)
    else:
        t = "%.*g" % (rng.randint(1, 25), rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30))
    emit("pflt", t, pflt(t))

# ---------------------------------------------------------------- rounding
def rnd(x, n):
    try:
        return fbits_or_nan(round(x, n))
    except OverflowError as e:
        return err(e)


ROUND_CASES = [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (-1.5, 0), (0.125, 2),
               (0.375, 2), (1e300, -300), (1e300, -299), (1.7976931348623157e308, -308),
               (1.7976931348623157e308, -307), (-1.7976931348623157e308, -308), (5e-324, 323),
               (5e-324, 324), (1e-320, 322), (123.456, -1), (125.0, -1), (135.0, -1), (-125.0, -1),
               (0.0, 3), (-0.0, 3), (-0.4, 0), (0.4, 0), (float("inf"), 2), (float("nan"), 2),
               (float("-inf"), -2), (1234.5, -400), (-1234.5, -400), (1234.5, 400), (0.285, 2),
               (1.0000000000000002, 15), (1.0000000000000002, 16), (4.5e15, -15), (5e15, -16),
               (1e22, -22), (1e23, -23), (2.5e-8, 8), (3.5e-8, 8), (9.5, 0), (10.5, 0)]
for x, n in ROUND_CASES:
    emit("round", bits(x), n, rnd(x, n))
for _ in range(2500):
    x = rng.choice([from_bits(rng.getrandbits(64)), rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20),
                    rng.randint(-10 ** 6, 10 ** 6) / 1000, rng.randint(-10 ** 5, 10 ** 5) / 8])
    n = rng.choice([rng.randint(-5, 8), rng.randint(-320, 330)])
    emit("round", bits(x), n, rnd(x, n))

for x in [0, 5, 15, 25, -5, -15, 14, 16, 149, 150, 151, 250, 350, -250, 10 ** 20 + 5 * 10 ** 9,
          2 ** 100, -(2 ** 100), 123456789]:
    for n in [0, 3, -1, -2, -3, -10, -25, -31, -100, -400, -5000]:
        emit("iround", istr(x), n, istr(round(x, n)))
for _ in range(300):
    x = rng.randint(-10 ** rng.randint(1, 40), 10 ** rng.randint(1, 40))
    n = rng.randint(-45, 2)
    emit("iround", istr(x), n, istr(round(x, n)))

# ---------------------------------------------------------------- float division
SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 3.0, -3.0, 7.5, -7.5, 1e300, -1e300, 5e-324,
           float("inf"), float("-inf"), float("nan"), 0.1, -0.1, 2.0, 1e-300, 10.0]


def dm(a, b):
    try:
        q, m = divmod(a, b)
        assert (a // b == q or (math.isnan(q) and math.isnan(a // b)))
        return "%s %s" % (fbits_or_nan(q), fbits_or_nan(m))
    except ZeroDivisionError:
        return "!zero"


for a in SPECIAL:
    for b in SPECIAL:
        emit("divmod", bits(a), bits(b), dm(a, b))
for _ in range(1500):
    a = rng.uniform(-1, 1) * 10 ** rng.randint(-10, 10)
    b = rng.uniform(-1, 1) * 10 ** rng.randint(-10, 10)
    if rng.random() < 0.3:
        a = float(rng.randint(-50, 50))
        b = float(rng.randint(-7, 7))
    emit("divmod", bits(a), bits(b), dm(a, b))


def pw(a, b):
    if a < 0 and math.isfinite(a) and math.isfinite(b) and b != math.floor(b):
        return "!complex"
    try:
        r = a ** b
    except ZeroDivisionError as e:
        return err(e)
    except OverflowError as e:
        return err(e)
    if isinstance(r, complex):
        return "!complex"
    return fbits_or_nan(r)


PSPECIAL = SPECIAL + [2.5, -2.5, 0.5, 1024.0, -1075.0, 1e10, -1e10, 3.5, 1 / 3]
for a in PSPECIAL:
    for b in PSPECIAL:
        emit("pow", bits(a), bits(b), pw(a, b))
for _ in range(800):
    a = rng.uniform(-1, 1) * 10 ** rng.randint(-5, 5)
    b = rng.choice([rng.uniform(-1, 1) * 10 ** rng.randint(-3, 3), float(rng.randint(-400, 400))])
    emit("pow", bits(a), bits(b), pw(a, b))

# ---------------------------------------------------------------- int -> float
def itd(a, b):
    try:
        return bits(a / b)
    except (ZeroDivisionError, OverflowError) as e:
        return err(e)


ITD = [(1, 3), (2, 3), (-1, 3), (0, 5), (0, -5), (1, 0), (0, 0), (10 ** 400, 10 ** 399),
       (10 ** 400, 3), (1, 10 ** 400), (-1, 10 ** 330), (2 ** 1024, 1), (2 ** 1024 - 1, 1),
       (2 ** 1024 - 2 ** 970, 1), (2 ** 1024 - 2 ** 971, 1), (2 ** 1074, 2 ** 2148), (1, 2 ** 1074),
       (1, 2 ** 1075), (3, 2 ** 1076), (1, 3 * 2 ** 1073), (2 ** 53 + 1, 1), (2 ** 54 + 1, 2),
       (10 ** 30, 7), (-(10 ** 30), 7), (7, -(10 ** 30)), (2 ** 60 + 1, 2 ** 60 - 1),
       (123456789 * 10 ** 300, 10 ** 20)]
for a, b in ITD:
    emit("itd", istr(a), istr(b), itd(a, b))
for _ in range(1500):
    a = rng.randint(-10 ** rng.randint(1, 350), 10 ** rng.randint(1, 350))
    b = rng.randint(-10 ** rng.randint(1, 350), 10 ** rng.randint(1, 350))
    if rng.random() < 0.3:
        a = rng.getrandbits(rng.randint(1, 120))
        b = rng.getrandbits(rng.randint(1, 120)) or 1
    emit("itd", istr(a), istr(b), itd(a, b))


def i2f(a):
    try:
        return bits(float(a))
    except OverflowError as e:
        return err(e)


for a in [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 1023, 2 ** 1024,
          2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, -(2 ** 1024 - 2 ** 971), 10 ** 308, 10 ** 309,
          2 ** 64 - 1, -(2 ** 63), 10 ** 22, 10 ** 23]:
    emit("i2f", istr(a), i2f(a))
for _ in range(800):
    a = rng.randint(-(2 ** rng.randint(1, 1100)), 2 ** rng.randint(1, 1100))
    emit("i2f", istr(a), i2f(a))

# int -> str digit limit
for a in [10 ** 4300 - 1, 10 ** 4300, -(10 ** 4300 - 1), -(10 ** 4300), 2 ** 14283, 2 ** 14287, 7]:
    try:
        r = str(a)
    except ValueError as e:
        r = err(e)
    emit("istr", istr(a), r)

# ---------------------------------------------------------------- hashes
HINTS = [0, 1, -1, -2, 2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, -(2 ** 61 - 1), -(2 ** 61),
         -(2 ** 61) - 1, -(2 ** 61) + 1, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 2 ** 122 - 1, 10 ** 100,
         -(10 ** 100), 2 ** 1000 + 12345, -(2 ** 200) + 1]
hash_ints = HINTS + [rng.randint(-(2 ** rng.randint(1, 300)), 2 ** rng.randint(1, 300)) for _ in range(1500)]
for x in hash_ints:
    emit("hashi", istr(x), hash(x))
for _ in range(600):
    n = rng.choice([0, 1, 2, 3, 5, 8])
    t = tuple(rng.choice(hash_ints) for _ in range(n))
    emit("hasht", ",".join(map(istr, t)), hash(t))
emit("hasht", "", hash(()))

# ---------------------------------------------------------------- percent formatting
def pct_arg(a):
    if isinstance(a, bool):
        raise TypeError
    if isinstance(a, int):
        return "i:" + istr(a)
    if isinstance(a, float):
        return "f:" + bits(a)
    return "s:" + a


def pct(fmtstr, args):
    try:
        return fmtstr % args
    except (ValueError, TypeError, OverflowError) as e:
        return err(e)


def emit_pct(fmtstr, args):
    emit("pct", fmtstr, "\x1f".join(pct_arg(a) for a in args), pct(fmtstr, args))


PCT_FIXED = [("%d", (5,)), ("%5d", (-5,)), ("%-5d|", (-5,)), ("%05d", (-5,)), ("%+d", (5,)),
             ("% d", (5,)), ("%+05d", (5,)), ("%.3d", (5,)), ("%.3d", (-5,)), ("%8.3d", (-5,)),
             ("%08.3d", (-5,)), ("%x", (255,)), ("%#x", (255,)), ("%#X", (255,)), ("%#08x", (255,)),
             ("%#08x", (-255,)), ("%#8x", (-255,)), ("%#-8x|", (255,)), ("%#o", (8,)), ("%#08o", (8,)),
             ("%#8o", (8,)), ("%o", (-8,)), ("%#.5x", (255,)), ("%#010.5X", (-255,)), ("%i", (3.99,)),
             ("%u", (-7,)), ("%d", (-3.99,)), ("%f", (1.5,)), ("%.2f", (2.675,)), ("%e", (12345.678,)),
             ("%E", (0.0,)), ("%g", (1e-5,)), ("%G", (1e20,)), ("%#g", (1.0,)), ("%#.0f", (3.0,)),
             ("%#.0e", (3.0,)), ("%10.3f|", (-3.14159,)), ("%-10.3f|", (3.14159,)), ("%010.3f", (-3.14159,)),
             ("%+.1e", (5.0,)), ("% .1f", (5.0,)), ("%f", (float("inf"),)), ("%05f", (float("-inf"),)),
             ("%+f", (float("nan"),)), ("%010f", (float("nan"),)), ("%.0f", (0.5,)), ("%.0f", (1.5,)),
             ("%.0f", (2.5,)), ("%s", ("abc",)), ("%5s|", ("abc",)), ("%-5s|", ("abc",)), ("%.2s", ("abc",)),
             ("%5.1s|", ("\u00e9t\u00e9",)), ("%r", ("x",)), ("%c", (65,)), ("%c", ("z",)), ("%3c", (0x1f600,)),
             ("%-3c|", (97,)), ("%c", (0x110000,)), ("%c", (-1,)), ("%%", ()), ("100%%", ()), ("%", ()),
             ("%5", (1,)), ("%.", (1,)), ("%q", (1,)), ("abc%q", (1,)), ("%5%", (1,)),
             ("%5%", ()), ("%*d", (5, 42)), ("%-*d|", (5, 42)), ("%*d|", (-5, 42)), ("%.*f", (2, 3.14159)),
             ("%.*f", (-2, 3.14159)), ("%*.*f|", (9, 2, 3.14159)), ("%*", (5,)), ("%*", ()), ("%.*", (1,)),
             ("%ld", (5,)), ("%hd", (5,)), ("%Lf", (1.5,)), ("%l", (1,)), ("%d %d", (1,)), ("%d", (1, 2)),
             ("x", (1,)), ("%s\u00e9%s", ("a", "b")), ("%\u00e9", (1,)), ("%\x01", (1,)), ("%0-5d|", (3,)),
             ("%-05d|", (-3,)), ("%+ d", (3,)), ("% +d", (3,)), ("%#d", (3,)), ("%99999999999999999999d", (1,)),
             ("%.99999999999d", (1,)), ("%d", (10 ** 4300,)), ("%x", (10 ** 4300,))]
for f_, a in PCT_FIXED:
    r = pct(f_, a)
    if len(r) < 20000:
        emit_pct(f_, a)
for _ in range(2500):
    conv = rng.choice("diouxXeEfFgGsrc")
    flags = "".join(rng.choice(["", "", "-", "+", " ", "#", "0"]) for _ in range(rng.randint(0, 3)))
    width = rng.choice(["", "", "3", "8", "15"])
    prec = rng.choice(["", "", ".0", ".1", ".3", ".10"])
    f_ = "%" + flags + width + prec + conv
    if conv in "diouxX":
        v = rng.choice(ivals[:60])
        if conv in "diu" and rng.random() < 0.2:
            v = rng.choice(fvals[:60])
            if math.isnan(v) or math.isinf(v):
                v = 2.5
    elif conv in "eEfFgG":
        v = rng.choice(fvals)
    elif conv == "c":
        v = rng.choice([65, 0x263a, "q", "\u00e9"])
    else:
        v = rng.choice([x for x in STRS if "\t" not in x])
    emit_pct(f_, (v,))

print("# generated by gen_numfmt_vectors.py with CPython %s; do not edit" % sys.version.split()[0])
print("\n".join(out))
