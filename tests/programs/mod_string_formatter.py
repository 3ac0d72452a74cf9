# string: Formatter steps (parse, get_field, convert_field, check_unused_args) and
# Template error positions
import string
from string import Formatter, Template

f = Formatter()
print(f.format("{0!r} {x!s} {y!a} {0:>{w}}|", "hi", x=3, y="\u00e9", w=6))
print(list(f.parse("a{{b}}c{0.real[1]:>{w}}d{}{!r}")))
print(f.get_value(0, [5], {}), f.get_value("k", [], {"k": 6}))
print(f.convert_field(3, None), f.convert_field("s", "r"), f.format_field(3.14159, ".2f"))
print(f.get_field("0.imag", [2], {}))
for text in ("{", "{0", "ab{", "{0:{", "{{{", "{0:{1}", "{0!", "{0!r", "{0[}", "x{}", "{:",
             "{0[}]}", "{0!}", "{0!rx}", "{0[:]}", "{0[a!b]}", "{a{b}c}", "{0:{{}}}", "{!"):
    try:
        print(repr(text), list(f.parse(text)))
    except ValueError as exc:
        print(repr(text), "ValueError:", exc)
print(f.format("{:{}}{}", 3, 4, 5), f.format("{0[a]}", {"a": 1}))
for text in ("{:{0}}", "{0:{}}", "{:{:{:{}}}}"):
    try:
        f.format(text, 1, 2, 3, 4)
    except ValueError as exc:
        print("ValueError:", exc)
for bad in (lambda: f.format("{0!z}", 1), lambda: f.format("{}{0}", 1),
            lambda: f.format("{0}{}", 1), lambda: f.format("}"), lambda: f.format("{"),
            lambda: f.convert_field(1, "q")):
    try:
        bad()
    except ValueError as exc:
        print("ValueError:", exc)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - set(used_args)
        if unused:
            raise KeyError(sorted(unused))


print(Strict().format("{a}", a=1))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except KeyError as exc:
    print("KeyError:", exc)

for text in ("abc $", "line1\nab $1x", "$\n", "x\ny\n  ${ bad}", "ok $$ and $"):
    try:
        Template(text).substitute({})
    except ValueError as exc:
        print("ValueError:", exc)
    print(Template(text).is_valid(), repr(Template(text).safe_substitute(a=1)))
t = Template("$who likes ${what}; $who paid $$5")
print(t.substitute(who="tim", what="tea"), t.safe_substitute(who="ann"), t.get_identifiers())
print(t.substitute({"who": "x", "what": "y"}, what="override"))
try:
    t.substitute(who="only")
except KeyError as exc:
    print("KeyError:", exc)
print(string.hexdigits, string.octdigits, string.ascii_uppercase)
print(len(string.printable), repr(string.whitespace), string.punctuation)
print(string.capwords("  hello   big\tworld "), string.capwords("a-b-c", "-"))
