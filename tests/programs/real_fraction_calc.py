"""An exact calculator over Fractions: RPN and infix with the shunting-yard algorithm."""
from fractions import Fraction
import operator
import re

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
RIGHT = {"^"}
FUNCS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "^": lambda a, b: a ** int(b),
}
TOKEN = re.compile(r"\s*(\d+/\d+|\d+\.\d+|\d+|[-+*/^()])")


class CalcError(Exception):
    pass


def tokens(expr):
    pos, out = 0, []
    expr = expr.strip()
    while pos < len(expr):
        m = TOKEN.match(expr, pos)
        if not m:
            raise CalcError(f"bad input at {expr[pos:]!r}")
        out.append(m.group(1))
        pos = m.end()
    return out


def to_rpn(expr):
    output, stack = [], []
    prev = None
    for tok in tokens(expr):
        if tok[0].isdigit():
            output.append(Fraction(tok))
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                output.append(stack.pop())
            if not stack:
                raise CalcError("unbalanced )")
            stack.pop()
        else:
            if tok == "-" and (prev is None or prev in PREC or prev == "("):
                output.append(Fraction(0))
            while (stack and stack[-1] != "(" and
                   (PREC[stack[-1]] > PREC[tok] or PREC[stack[-1]] == PREC[tok] and tok not in RIGHT)):
                output.append(stack.pop())
            stack.append(tok)
        prev = tok
    while stack:
        op = stack.pop()
        if op == "(":
            raise CalcError("unbalanced (")
        output.append(op)
    return output


def eval_rpn(rpn):
    stack = []
    for item in rpn:
        if isinstance(item, Fraction):
            stack.append(item)
        else:
            if len(stack) < 2:
                raise CalcError("missing operand")
            b, a = stack.pop(), stack.pop()
            stack.append(FUNCS[item](a, b))
    if len(stack) != 1:
        raise CalcError("too many operands")
    return stack[0]


def fmt(x):
    whole, rem = divmod(abs(x.numerator), x.denominator)
    sign = "-" if x < 0 else ""
    if rem == 0:
        return f"{sign}{whole}"
    mixed = f"{sign}{whole} {rem}/{x.denominator}" if whole else f"{sign}{rem}/{x.denominator}"
    return f"{mixed} (~{float(x):.6g})"


exprs = [
    "1/3 + 1/6",
    "2/3 * 9/4 - 1",
    "(1 + 1/2) ^ 3",
    "2 ^ 3 ^ 2",
    "0.1 + 0.2",
    "-3/4 * (2 - 10)",
    "1 / (1/2 - 2/4)",
    "22/7 - 3.14159",
    "((1 + 2)",
    "1 + 2)",
    "3 +",
    "7 % 2",
    "1 - - 1",
]
for e in exprs:
    try:
        rpn = to_rpn(e)
        value = eval_rpn(rpn)
        rpn_text = " ".join(str(t) for t in rpn)
        print(f"{e:<18} | {rpn_text:<34} | {fmt(value)}")
    except (CalcError, ZeroDivisionError) as err:
        print(f"{e:<18} | error: {type(err).__name__}: {err}")

h = sum(Fraction(1, n) for n in range(1, 21))
print("H(20) =", h, "=", fmt(h))
egypt, rest = [], Fraction(7, 15)
while rest:
    d = -(-rest.denominator // rest.numerator)
    egypt.append(Fraction(1, d))
    rest -= Fraction(1, d)
print("7/15 as egyptian fractions:", " + ".join(map(str, egypt)))
print(Fraction("3.1415926535").limit_denominator(1000), Fraction(0.75), Fraction(-6, 4),
      repr(Fraction(5, 10)), Fraction(1, 3) < 0.34, round(Fraction(7, 2)), round(Fraction(22, 7), 3))
print(sorted([Fraction(1, 2), 0.3, Fraction(1, 3), 1]), Fraction(2, 3).as_integer_ratio())
