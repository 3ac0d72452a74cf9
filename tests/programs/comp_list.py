# List comprehensions
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
words = "the quick brown fox jumps over the lazy dog".split()
print([w.upper() for w in words if len(w) > 3])
print([len(w) for w in words])
print([c for c in "Hello World" if c.isupper()])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
x = "outer"
print([x for x in "abc"], x)
print([i + j for i, j in zip(range(5), range(10, 15))])
print([(i, c) for i, c in enumerate("xyz")])
print([])
print([n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([[0] * 3 for _ in range(2)])
nested = [[[i, j, k] for k in range(2)] for j in range(2) for i in range(2)]
print(nested)
class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(A.doubled)
print([s for s in ["a", "", "b", None, "c"] if s])
print(sum([x for x in range(101)]))
print([y for x in [[1, 2], [3]] for y in x])
