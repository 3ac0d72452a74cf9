"""Recursive-descent expression parser and evaluator with variables and functions."""
import math
import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\d*\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%(),=^]))")


class ParseError(Exception):
    pass


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise ParseError(f"unexpected character {text[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num is not None:
            tokens.append(("num", float(num) if "." in num else int(num)))
        elif name is not None:
            tokens.append(("name", name))
        else:
            tokens.append(("op", op))
        pos = m.end()
    tokens.append(("eof", None))
    return tokens


class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        kind, v = self.next()
        if v != value:
            raise ParseError(f"expected {value!r}, got {v!r}")

    def parse(self):
        node = self.statement()
        if self.peek()[0] != "eof":
            raise ParseError(f"trailing input: {self.peek()[1]!r}")
        return node

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1] == ("op", "="):
            name = self.next()[1]
            self.next()
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.next()[1]
            node = ("bin", op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.next()[1]
            node = ("bin", op, node, self.unary())
        return node

    def unary(self):
        if self.peek() == ("op", "-"):
            self.next()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() in (("op", "**"), ("op", "^")):
            self.next()
            return ("bin", "**", base, self.unary())
        return base

    def atom(self):
        kind, value = self.next()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.next()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                return ("call", value, args)
            return ("var", value)
        if value == "(":
            node = self.expr()
            self.expect(")")
            return node
        raise ParseError(f"unexpected token {value!r}")


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor}
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f"undefined variable {node[1]}") from None
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "bin":
        return OPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    raise ValueError(kind)


def show(node):
    kind = node[0]
    if kind in ("num", "var"):
        return str(node[1])
    if kind == "neg":
        return f"(-{show(node[1])})"
    if kind == "bin":
        return f"({show(node[2])} {node[1]} {show(node[3])})"
    if kind == "call":
        return f"{node[1]}({', '.join(show(a) for a in node[2])})"
    return f"{node[1]} := {show(node[2])}"


env = {"pi": math.pi}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ^ 2",
    "x = 7 / 2",
    "y = x * 4 - 1",
    "max(x, y, 3) % 5",
    "sqrt(16) + floor(pi)",
    "10 / (5 - 5)",
    "z + 1",
    "3 + * 4",
    "abs(-3.5) * 2",
    "1 $ 2",
    "(1 + 2",
    "min(4, 2 - 9, 0)",
]
for line in lines:
    try:
        tree = Parser(line).parse()
        value = evaluate(tree, env)
        print(f"{line:<24} {show(tree):<32} => {value!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line:<24} error: {type(e).__name__}: {e}")
print(sorted(env))
