# string: constants, capwords, Template, Formatter
import string
from string import Template

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))

print(string.capwords("hello   wide\tworld  "))
print(string.capwords("the-quick-brown", "-"))
print(string.capwords("ALL CAPS words"), repr(string.capwords("")))
print(string.capwords("a,b,,c", ","))

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(Template("${noun}ification costs $$${price}.").substitute(noun="pay", price=10))
print(Template("$x$y ${x}y $$x $").safe_substitute(x=1, y=2))
print(Template("no placeholders").substitute())
print(Template("$a and $b").safe_substitute(a="A"))
print(Template("${a} ${b c} $1 $").safe_substitute({"a": [1, 2]}))
print(t.template)

try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError:", e)
for bad in ["cost: $", "line1\nline2 $5", "${unclosed", "a $ b"]:
    try:
        Template(bad).substitute(unclosed=1)
    except ValueError as e:
        print("ValueError:", e)

print(Template("$a $b ${a} $$c").get_identifiers())
print(Template("$a ok").is_valid(), Template("$ bad").is_valid())


class PercentTemplate(Template):
    delimiter = "%"


print(PercentTemplate("%name is %% done, %{n}x").substitute(name="job", n=3))

fmt = string.Formatter()
print(fmt.format("{0} + {1} = {total}", 2, 3, total=5))
print(fmt.format("{:>6}|{:<4}|{:^5}", "r", "l", "c"))
print(fmt.format("{p.real} {d[k]} {0!r}", "s", p=3, d={"k": "v"}))
print(fmt.format("{0:{1}}|", 42, 6))
print(list(fmt.parse("a{0}b{x:>3}c{{d}}{y!r}")))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upper().format("{} and {}", "ham", "eggs"))
