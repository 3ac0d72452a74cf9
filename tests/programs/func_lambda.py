# Lambdas
sq = lambda x: x * x
print(sq(7), (lambda: "noarg")(), (lambda *a: a)(1, 2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print(sq.__name__)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(list(map(lambda x: x * 2, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(20))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](6, 3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
kw = lambda *, k: k
print(kw(k="only"))
pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1])
print(pairs)
print(max(pairs, key=lambda p: p[0]))
y = 10
cap = lambda: y
y = 20
print(cap())
print((lambda x: (lambda y: x + y))(1)(2))
print([(lambda v: v ** 2)(v) for v in range(4)])
