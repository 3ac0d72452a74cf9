# textwrap: wrap/fill with hyphens, em-dashes, long words, max_lines; shorten, dedent, indent
import textwrap
text = ("The quick brown fox jumps over the lazy dog. Well-known state-of-the-art "
        "hyphenated-words and an em--dash appear here -- plus some very-long-"
        "compound-hyphenation-example text, and a supercalifragilisticexpialidocious word.")
for w in (10, 15, 20, 33, 50, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("  leading and   multiple   spaces  ", 10))
print(textwrap.wrap("  leading and   multiple   spaces  ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\nnewlines\nhere", 12))
print(textwrap.wrap("tabs\there", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("tabs\there", 40, tabsize=4))
print(textwrap.wrap("Hello there. How are you? I am fine! Good.", 80, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
print(textwrap.wrap("a-b-c-d e--f g---h ab-cd abc-def x1-y2 --flag", 4))
print(textwrap.wrap("xxxxxxxxxx-yyyyyyyyyy-zzzzzzzzz", 12))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 40))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      
    # done
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n  y\n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.dedent("\t\tx\n\t  y\n")), repr(textwrap.dedent("  \n  a\n   b")))
print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
w = textwrap.TextWrapper(width=25, initial_indent="- ")
print(w.wrap("Some text for the wrapper object to handle in pieces."))
w.width = 40
print(w.fill("Some text for the wrapper object to handle in pieces."))
for bad in [lambda: textwrap.wrap("abc", 0), lambda: textwrap.wrap("abc def", 4, max_lines=1, placeholder=" [long...]")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
