"""A small Scheme-like Lisp interpreter with closures, tail calls and error handling."""
import math
import operator as op
from functools import reduce


class LispError(Exception):
    pass


Symbol = str


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return ["quote", read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


def parse_all(src):
    tokens = tokenize(src)
    forms = []
    while tokens:
        forms.append(read(tokens))
    return forms


class Lambda:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return f"#<procedure {self.name}/{len(self.params)}>"


def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "*": lambda *a: reduce(op.mul, a, 1),
        "-": lambda a, *b: -a if not b else a - sum(b), "/": op.truediv,
        "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le, "mod": op.mod,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "list": lambda *x: list(x), "null?": lambda x: x == [], "length": len,
        "abs": abs, "sqrt": math.sqrt, "not": op.not_, "apply": lambda f, a: f(*a),
        "map": lambda f, x: [call(f, [e]) for e in x], "display": lambda x: print(to_str(x)),
    })
    return env


def call(proc, args):
    if isinstance(proc, Lambda):
        return evaluate(proc.body, Env(proc.params, args, proc.env))
    return proc(*args)


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("empty application")
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) not in (False, [], 0) else alt
            continue
        if head == "define":
            target, body = x[1], x[2:]
            if isinstance(target, list):
                env[target[0]] = Lambda(target[1:], ["begin"] + body, env, target[0])
            else:
                env[target] = evaluate(body[0], env)
            return None
        if head == "set!":
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return None
        if head == "lambda":
            return Lambda(x[1], ["begin"] + x[2:], env)
        if head == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if head == "let":
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, vals, env)
            x = ["begin"] + x[2:]
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Lambda):
            if len(args) != len(proc.params):
                raise LispError(f"{proc.name} expects {len(proc.params)} args, got {len(args)}")
            env = Env(proc.params, args, proc.env)
            x = proc.body
            continue
        if not callable(proc):
            raise LispError(f"not a procedure: {to_str(proc)}")
        return proc(*args)


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x)


PROGRAM = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 20)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(map fib '(0 1 2 3 4 5 6 7 8 9 10))
(define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(define c (make-counter))
(c) (c) (c)
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 5000 0)
(define (compose f g) (lambda (x) (f (g x))))
((compose (lambda (x) (* x x)) (lambda (x) (+ x 1))) 6)
(define (filter p xs) (if (null? xs) '() (if (p (car xs)) (cons (car xs) (filter p (cdr xs))) (filter p (cdr xs)))))
(filter (lambda (x) (= (mod x 3) 0)) '(1 2 3 4 5 6 7 8 9 10 11 12))
(apply + (list 1 2 3 4.5))
(sqrt 2)
fact
(display '(nested (list "str") 1.5))
(undefined-thing 1)
(fact 1 2)
(1 2 3)
(car '())
"""

env = standard_env()
for form in parse_all(PROGRAM):
    try:
        result = evaluate(form, env)
        if result is not None:
            print(to_str(form)[:40].ljust(42), "=>", to_str(result))
    except LispError as e:
        print(to_str(form)[:40].ljust(42), "!! LispError:", e)
    except (IndexError, TypeError) as e:
        print(to_str(form)[:40].ljust(42), "!!", type(e).__name__)
for bad in ["(+ 1 2", ")", "(quote"]:
    try:
        parse_all(bad)
    except LispError as e:
        print(repr(bad), "->", e)
