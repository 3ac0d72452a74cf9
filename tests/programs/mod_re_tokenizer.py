# A tokenizer and recursive-descent calculator driven by one master regex with named groups.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|[-+*/%()=,]"),
    ("SKIP", r"[ \t]+"),
    ("NEWLINE", r"\n"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))


def tokenize(code):
    line = 1
    line_start = 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        column = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if any(c in value for c in ".eE") else int(value)
        elif kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line} col {column}")
        yield kind, value, line, column


class Calc:
    def __init__(self, text):
        self.toks = [(k, v) for k, v, _, _ in tokenize(text)]
        self.i = 0
        self.env = {"pi": 3.14159}

    def peek(self):
        return self.toks[self.i][1] if self.i < len(self.toks) else None

    def take(self):
        self.i += 1
        return self.toks[self.i - 1]

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v

    def term(self):
        v = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take()[1]
            r = self.power()
            v = v * r if op == "*" else (v / r if op == "/" else v % r)
        return v

    def power(self):
        v = self.atom()
        if self.peek() == "**":
            self.take()
            v = v ** self.power()
        return v

    def atom(self):
        kind, val = self.take()
        if val == "(":
            v = self.expr()
            self.take()
            return v
        if val == "-":
            return -self.atom()
        if kind == "NAME":
            return self.env[val]
        return val


src = "x = 3 + 4.5e1 * (y - 2)\nif total >= 10: print(total)\n"
for tok in tokenize(src.replace(">=", "=").replace(":", "")):
    print(tok)
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "10 % 4 - -3", "pi * 2", "7 / 2"]:
    print(text, "=>", Calc(text).expr())
try:
    list(tokenize("a = 1 $ 2"))
except RuntimeError as e:
    print("error:", e)
print(MASTER.groupindex)
print(MASTER.groups, [m.lastindex for m in MASTER.finditer("a 1+")])
