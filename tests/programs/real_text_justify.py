"""Text wrapping and full justification, compared with textwrap."""
import textwrap

TEXT = ("Strata is an implementation of the Python programming language written in Rust. "
        "It aims to run real programs unchanged, with exact integer arithmetic, faithful string "
        "formatting and the familiar standard library modules that everyday scripts import. "
        "Supercalifragilisticexpialidocious words are split only when they must be.")


def greedy_wrap(text, width):
    lines, current = [], []
    length = 0
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current, length = [], 0
            lines.append([word[:width]])
            word = word[width:]
        if current and length + 1 + len(word) > width:
            lines.append(current)
            current, length = [], 0
        length += len(word) + (1 if current else 0)
        current.append(word)
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


def full_justify(text, width):
    lines = greedy_wrap(text, width)
    return [justify(l, width) for l in lines[:-1]] + [" ".join(lines[-1]).ljust(width)]


def min_raggedness(words, width):
    n = len(words)
    cost = [0] + [float("inf")] * n
    brk = [0] * (n + 1)
    for j in range(1, n + 1):
        length = -1
        for i in range(j, 0, -1):
            length += len(words[i - 1]) + 1
            if length > width:
                break
            c = 0 if j == n else (width - length) ** 2
            if cost[i - 1] + c < cost[j]:
                cost[j], brk[j] = cost[i - 1] + c, i - 1
    lines, j = [], n
    while j > 0:
        lines.append(" ".join(words[brk[j]:j]))
        j = brk[j]
    return lines[::-1], cost[n]


for width in (30, 45):
    mine = [" ".join(l) for l in greedy_wrap(TEXT, width)]
    ref = textwrap.wrap(TEXT, width)
    print(f"width {width}: greedy lines={len(mine)} textwrap lines={len(ref)} same={mine == ref}")
    for line in full_justify(TEXT, width):
        print("|" + line + "|")
    print()

words = "aaa bb cc ddddd e ffff gg hhh iiii j kk".split()
greedy = [" ".join(l) for l in greedy_wrap(" ".join(words), 10)]
optimal, cost = min_raggedness(words, 10)
print("greedy :", greedy)
print("optimal:", optimal, "cost", cost)

print(textwrap.fill("one two three four five six seven eight nine ten", width=12,
                    initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [...]"))
code = """
    def hello():
        return 'hi'
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\n\nb\n", "> "), end="")
print("centered:")
for w in ["title", "a longer heading", "x"]:
    print("[" + w.center(20, "~") + "]", "[" + w.rjust(8)[:8] + "]")
