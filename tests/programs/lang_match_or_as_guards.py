# match: OR patterns, AS patterns, guards, binding semantics, and a small interpreter.

# OR patterns with captures in different orders bind the same names.
def swap_or(v):
    match v:
        case (a, 1, b) | (b, 2, a):
            return f"a={a} b={b}"
        case [x] | (x, _, _, _):
            return f"x={x}"
        case _:
            return "none"

for v in [("A", 1, "B"), ("A", 2, "B"), ("A", 3, "B"), ["only"], (9, 8, 7, 6)]:
    print(v, "->", swap_or(v))

# Three names in permuted orders.
match {"k": (3, 2, 1)}:
    case {"k": (a, b, c)} | {"j": (c, b, a)}:
        print("perm1", a, b, c)
match {"j": (3, 2, 1)}:
    case {"k": (a, b, c)} | {"j": (c, b, a)}:
        print("perm2", a, b, c)

# OR of literals and of classes.
def category(v):
    match v:
        case 0 | 1 | 2:
            return "tiny"
        case int() | float():
            return "number"
        case str() | bytes():
            return "text"
        case None | True | False:
            return "constant"
    return "?"

print([category(v) for v in [0, 2, 99, 1.5, "s", b"b", None, [], False]])

# AS patterns capture the whole (sub)subject.
def as_demo(v):
    match v:
        case [1, 2] as pair:
            return f"pair {pair}"
        case [(0 | 1) as bit, *rest] as whole:
            return f"bit {bit} rest {rest} whole {whole}"
        case {"inner": [_, _] as inner}:
            return f"inner {inner}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case (int() | float()) as number:
            return f"number {number}"
        case other:
            return f"other {other!r}"

for v in [[1, 2], [0, 5, 6], (1,), {"inner": [3, 4]}, {"inner": [3]}, "hello", "hi", 4, 4.5]:
    print(repr(v), "->", as_demo(v))

# Guards see the bindings; a failed guard falls through to the next case.
def guard(v):
    match v:
        case [x, y] if x > y:
            return f"descending {x}>{y}"
        case [x, y] if x < y:
            return f"ascending {x}<{y}"
        case [x, y]:
            return f"equal {x}={y}"
        case n if isinstance(n, int) and n % 2 == 0:
            return "even int"
        case _ if v is None:
            return "None via guard"
        case _:
            return "fallback"

for v in [[3, 1], [1, 3], [2, 2], 8, 7, None]:
    print(v, "->", guard(v))

# Bindings from a failed guard remain (as in CPython).
z = "unset"
match 5:
    case z if z > 10:
        print("not printed")
    case _:
        pass
print("z after failed guard:", z)

# Guards are evaluated lazily and in order; side effects show it.
calls = []
def check(tag, result):
    calls.append(tag)
    return result

match 1:
    case 1 if check("first", False):
        pass
    case 1 if check("second", True):
        print("second guard won")
    case 1 if check("third", True):
        pass
print("guard calls:", calls)

# A guard on a trailing wildcard.
for v in [1, 2]:
    match v:
        case 1:
            print("one")
        case _ if v == 2:
            print("two via default guard")

# Captures inside OR within sequences keep outer captures.
match [1, ("x", 2), 3]:
    case [first, ("x", n) | ("y", n), last]:
        print("mixed", first, n, last)

# Nested ORs.
match [2, 3]:
    case [(1 | 2) as a, (3 | 4) as b] | [a, b, _]:
        print("nested or", a, b)

# Functions with match use fast locals.
def locals_demo(v):
    match v:
        case [a, *b]:
            pass
        case _:
            a, b = None, None
    return a, b

print(locals_demo([1, 2, 3]), locals_demo(5))

# Closures can capture match bindings.
def make(v):
    match v:
        case (k, val):
            return lambda: f"{k}={val}"
    return lambda: "none"

print(make(("a", 1))(), make(7)())

# Class body with match.
class Config:
    mode = "fast"
    match mode:
        case "fast":
            level = 3
        case _:
            level = 1
print("Config.level", Config.level)


# ---- A small interpreter written with match ----

class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

class Let:
    __match_args__ = ("name", "value", "body")
    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body

class If:
    __match_args__ = ("cond", "then", "orelse")
    def __init__(self, cond, then, orelse):
        self.cond = cond
        self.then = then
        self.orelse = orelse


def parse(tokens):
    """Parses a prefix s-expression given as nested lists."""
    match tokens:
        case int(n) | float(n):
            return Num(n)
        case str(name):
            return Var(name)
        case ["let", str(name), value, body]:
            return Let(name, parse(value), parse(body))
        case ["if", cond, then, orelse]:
            return If(parse(cond), parse(then), parse(orelse))
        case [("+" | "-" | "*" | "/" | "<") as op, left, right]:
            return BinOp(op, parse(left), parse(right))
        case [op, *args]:
            raise SyntaxError(f"bad form {op!r} with {len(args)} args")
        case _:
            raise SyntaxError(f"cannot parse {tokens!r}")


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case _:
            return e


def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case If(cond, then, orelse):
            return evaluate(then if evaluate(cond, env) else orelse, env)
        case BinOp(op, left, right):
            a = evaluate(left, env)
            b = evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a / b
                case "<":
                    return a < b
    raise TypeError(f"cannot evaluate {e!r}")


def show(e):
    match e:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Let(n, v, b):
            return f"let {n} = {show(v)} in {show(b)}"
        case If(c, t, o):
            return f"if {show(c)} then {show(t)} else {show(o)}"


programs = [
    ["+", 1, ["*", 2, 3]],
    ["let", "x", 5, ["*", "x", ["+", "x", 1]]],
    ["if", ["<", 2, 1], 100, ["-", 0, 100]],
    ["+", 0, ["*", 1, ["+", "y", 0]]],
    ["/", 7, 2],
    ["let", "a", 2, ["let", "b", ["*", "a", "a"], ["+", "a", "b"]]],
    ["pow", 2, 3],
    ["+", "unknown", 1],
    {"not": "a program"},
]
for src in programs:
    try:
        tree = parse(src)
        simple = simplify(tree)
        print(show(tree), "=>", show(simple), "=", evaluate(simple, {"y": 10}))
    except (SyntaxError, NameError) as e:
        print(type(e).__name__ + ":", e)
