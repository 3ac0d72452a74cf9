"""Roman numerals and English number words, both directions, with validation."""
import re

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    s = s.upper()
    if not s or not ROMAN_RE.match(s):
        raise ValueError(f"invalid roman numeral {s!r}")
    values = {sym: v for v, sym in ROMAN if len(sym) == 1}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            sep = "" if not r else (" and " if r < 100 else ", ")
            return words(q) + " " + name + (sep + words(r) if r else "")
    raise ValueError(n)


WORD_VALUES = {w: i for i, w in enumerate(ONES)}
WORD_VALUES.update({w: 10 * i for i, w in enumerate(TENS) if w != "_"})


def parse_words(text):
    total = current = 0
    sign = 1
    for tok in re.split(r"[\s,-]+", text.lower().strip()):
        if tok in ("and", ""):
            continue
        if tok == "minus":
            sign = -1
        elif tok in WORD_VALUES:
            current += WORD_VALUES[tok]
        elif tok == "hundred":
            current *= 100
        elif tok in dict((n, v) for v, n in SCALES):
            total += current * dict((n, v) for v, n in SCALES)[tok]
            current = 0
        else:
            raise ValueError(f"unknown number word {tok!r}")
    return sign * (total + current)


for n in [1, 4, 9, 14, 40, 90, 400, 1987, 1999, 2024, 3888, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<16} {from_roman(r):>5}")
print("all roundtrip:", all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
print("longest:", max((to_roman(i) for i in range(1, 4000)), key=len))
for bad in ["IIII", "VX", "MMMM", "", "IC", "xlii"]:
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in [0, 4000, 2.5, True]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

for n in [0, 7, 13, 21, 100, 101, 342, 1000, 1001, 12345, 1000000, 7_000_019, -58, 999_999_999_999, 2 ** 40]:
    w = words(n)
    back = parse_words(w)
    print(f"{n:>15,}  {w}  [{'ok' if back == n else back}]")
print(parse_words("Three Hundred and Twelve Thousand, Nine"))
try:
    parse_words("twelve dozen")
except ValueError as e:
    print("ValueError:", e)
print(sorted(range(1, 21), key=words)[:6])
print(sum(len(words(i).replace(" ", "").replace("-", "")) for i in range(1, 1001)))
