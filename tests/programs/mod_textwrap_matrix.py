# textwrap: a deterministic matrix of wrap()/shorten() options over tricky chunks
# (hyphens, em-dashes, tabs, sentence endings, long words, line limits)
import textwrap

state = [2024]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


words = ["a", "bb", "hello", "world.", "Mr.", "x-y", "long-hyphenated-word", "super--dash",
         "--", "-", "e.g.", "end!", '"quoted."', "tab\there", "abcdefghijklmnopqrstuvwxyz",
         "co-op", "a-b-c-d", "ab-", "-ab", "A1-B2", "x" * 15, "foo---bar", "123-456", "word?",
         "it's", "...", "\n", "  ", "one-two-three-four-five"]
seps = [" ", "  ", "\n", " \t ", ""]
for case in range(220):
    parts = []
    for _ in range(rnd(12) + 1):
        parts.append(words[rnd(len(words))])
        parts.append(seps[rnd(len(seps))])
    text = "".join(parts)
    kw = {"width": rnd(25) + 1}
    # (option, one chance in how many, possible values)
    for option, odds, choices in (("initial_indent", 3, ["* ", "", ">>> "]),
                                  ("subsequent_indent", 3, ["  ", "-", ""])):
        if rnd(odds) == 0:
            kw[option] = choices[rnd(len(choices))]
    kw["width"] += len(kw.get("initial_indent", "")) + len(kw.get("subsequent_indent", ""))
    for option, odds, choices in (("expand_tabs", 4, [False]),
                                  ("replace_whitespace", 4, [False]),
                                  ("fix_sentence_endings", 3, [True]),
                                  ("break_long_words", 3, [False]),
                                  ("drop_whitespace", 3, [False]),
                                  ("break_on_hyphens", 3, [False]),
                                  ("tabsize", 4, list(range(6))),
                                  ("max_lines", 3, [1, 2, 3, 4]),
                                  ("placeholder", 4, [" ...", "~", " [more]", ""])):
        if rnd(odds) == 0:
            kw[option] = choices[rnd(len(choices))]
    try:
        out = textwrap.wrap(text, **kw)
    except ValueError as exc:
        out = "ValueError: %s" % exc
    try:
        short = textwrap.shorten(text, kw["width"] + 5, placeholder=kw.get("placeholder", " [...]"))
    except ValueError as exc:
        short = "ValueError: %s" % exc
    print(case, out)
    print(case, repr(short))

for text in ("  a\n    b\n  c", "\ta\n\tb", "  a\n\tb", "  \n  a\n   b\n", "a\n b", "",
             "   x\n  \t\n   y", " \r a\n  b", "\t  a\n\t b"):
    print(repr(textwrap.dedent(text)))
print(repr(textwrap.indent("a\n\n  \nb\r\nc", "> ")))
print(repr(textwrap.indent("a\nbb\nccc", "+", lambda line: len(line) > 2)))
for width in (0, -1):
    try:
        textwrap.wrap("abc", width)
    except ValueError as exc:
        print("ValueError:", exc)
print(textwrap.fill("Hello there. How are you? I am fine.  Thanks", 12, fix_sentence_endings=True))
print(textwrap.wrap("", 5), textwrap.wrap("   ", 5), textwrap.wrap("   ", 5, drop_whitespace=False))
