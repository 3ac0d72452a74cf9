# match: literal patterns, singletons (compared with `is`), captures and wildcards.

def classify(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"


for v in [0, 1, 2, 3, 4, -1, 2.5, 0.0, "hello", "Hello", b"raw", None, True, False, 1.0, [], ""]:
    print(repr(v), "->", classify(v))

# Singletons use `is`: 1 is not True, 0 is not False; but literal 1 == True.
def single(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "== 1"
        case _:
            return "neither"

print(single(True), single(1), single(1.0), single(False))

# Capture patterns bind the subject.
def capture(v):
    match v:
        case "stop":
            return "stopped"
        case other:
            return f"captured {other!r}"

print(capture("stop"), capture(42), capture([1, 2]))

# A capture in the last case binds even at module level.
match 10 * 3:
    case 31:
        print("nope")
    case thirty:
        print("thirty =", thirty)

# Wildcards bind nothing.
match "x":
    case _:
        print("wildcard matched")
try:
    _
except NameError as e:
    print("NameError:", e)

# A match with no matching case does nothing.
for v in [5, 6]:
    match v:
        case 5:
            print("five")
        case 7:
            print("seven")
    print("after", v)

# Equality uses __eq__ of the subject side or the literal.
class Loose:
    def __eq__(self, other):
        print("  __eq__ with", other)
        return other == 2

match Loose():
    case 1:
        print("one")
    case 2:
        print("two via __eq__")

# Value patterns: dotted names compare with ==.
class Color:
    RED = "red"
    GREEN = "green"

class Ns:
    class Inner:
        LIMIT = 100

def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Ns.Inner.LIMIT:
            return "is the limit"
        case _:
            return "unknown"

for c in ["red", "green", "blue", 100]:
    print(c, color(c))

# The subject is evaluated once.
def subject():
    print("  evaluating subject")
    return 3

match subject():
    case 1:
        print("1")
    case 2:
        print("2")
    case 3:
        print("3")

# Strings and numbers with signs and big ints.
for v in [10**30, -(10**30), -0.5, "a" "b"]:
    match v:
        case 1000000000000000000000000000000:
            print("big")
        case -1000000000000000000000000000000:
            print("negative big")
        case -0.5:
            print("negative half")
        case "ab":
            print("concatenated")

# match inside a loop with break/continue/return in case bodies.
def first_word(words):
    for w in words:
        match w:
            case "skip":
                continue
            case "end":
                break
            case found:
                return found
    return None

print(first_word(["skip", "skip", "yes", "no"]), first_word(["skip", "end", "x"]))

# match is a soft keyword.
match = [1, 2]
case = 3
print(match, case)
match match:
    case [1, x]:
        print("soft keyword subject", x)
