# match: sequence patterns, star patterns, nesting; str/bytes are not sequences.

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), range(4), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5]:
    print(repr(v), "->", seq(v))

# Star captures are always lists.
match (1, 2, 3):
    case (*head, tail):
        print("head", head, type(head).__name__, "tail", tail)
match (1,):
    case (one, *rest):
        print("one", one, "rest", rest)

# Star wildcards index without unpacking.
def ends(v):
    match v:
        case [a, *_, z]:
            return (a, z)
        case [*_]:
            return "short"

print(ends([1, 2, 3, 4]), ends("no"), ends([1]), ends(range(10, 20)))

# Nested sequence patterns.
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return f"2x2 {a}{b}{c}{d}"
        case [(x, y), *others] if others:
            return f"pair {x},{y} then {len(others)}"
        case [[*inner]]:
            return f"single inner {inner}"
        case _:
            return "no"

for v in [[[1, 2], [3, 4]], [(1, 2), 3, 4], [[9, 8, 7]], [(1, 2)], [[1, 2], [3]]]:
    print(v, "->", nested(v))

# Literal elements and captures together.
def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case _:
            return f"unknown: {cmd!r}"

for c in ["go north", "go", "go to the shop", "pick up lamp", "take sword", "drop a b c", "drop", "quit", "exit", "", "dance"]:
    print(repr(c), "->", command(c))

# Tuples and lists match either bracket style.
match [1, 2]:
    case (a, b):
        print("list matched tuple pattern", a, b)
match (1, 2):
    case [a, b]:
        print("tuple matched list pattern", a, b)

# Subclasses of list and tuple are sequences.
class MyList(list):
    pass

match MyList([7, 8]):
    case [a, b]:
        print("MyList", a, b)

# A str subject never matches a sequence pattern, even of one-character strings.
match "a":
    case [c]:
        print("matched str as sequence?!")
    case _:
        print("str is not a sequence")

# Length mismatch fails before unpacking.
match [1, 2, 3]:
    case [a, b]:
        print("wrong")
    case [a, b, c, d, *e]:
        print("wrong")
    case [a, b, c, *e]:
        print("ok", a, b, c, e)

# Bindings only happen on a full match.
x = "unset"
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
print("x after failed sequence:", x)

# Deep nesting.
match [1, [2, [3, [4, [5]]]]]:
    case [a, [b, [c, [d, [e]]]]]:
        print("deep", a + b + c + d + e)

# Ranges are sequences.
match range(3):
    case [0, 1, 2]:
        print("range 0..3")
