# A tokenizer and recursive-descent expression evaluator
class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"{self.kind}:{self.value!r}@{self.pos}"
class LexError(Exception):
    pass
def tokenize(src):
    i, out = 0, []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(Token("NUM", float(text) if "." in text else int(text), i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(Token("NAME", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            out.append(Token("OP", "**", i))
            i += 2
        elif c in "+-*/%()":
            out.append(Token("OP", c, i))
            i += 1
        else:
            raise LexError(f"unexpected {c!r} at {i}")
    out.append(Token("EOF", None, len(src)))
    return out
class Parser:
    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.unary()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        t = self.take()
        if t.kind == "NUM":
            return t.value
        if t.kind == "NAME":
            return self.env[t.value]
        if t.value == "(":
            v = self.expr()
            if self.take().value != ")":
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected token {t!r}")
def evaluate(src, env=None):
    p = Parser(tokenize(src), env or {})
    v = p.expr()
    if p.peek().kind != "EOF":
        raise SyntaxError(f"trailing {p.peek()!r}")
    return v
print(tokenize("x1 + 2.5*(y-3) ** 2"))
env = {"x": 4, "y": 10, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x * y - 7 % 4", "pi * x ** 2", "10 / 4", "((((7))))", "2 * -x"]:
    print(f"{src:>14} = {evaluate(src, env)}")
for bad in ["1 +", "2 $ 3", "(1 + 2", "z + 1", "1 2", "4 / (2 - 2)"]:
    try:
        evaluate(bad, env)
    except (SyntaxError, LexError, KeyError, ZeroDivisionError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
