# Comprehension scoping and nesting
x = 10
res = [x for x in range(3)]
print(res, x)
y = 5
print([y * i for i in range(3)])
def f():
    z = 2
    return [z * i for i in range(4)]
print(f())
def g():
    vals = []
    fs = [lambda: n for n in range(3)]
    for fn in fs:
        vals.append(fn())
    return vals
print(g())
grid = [[(r, c) for c in range(3)] for r in range(2)]
for row in grid:
    print(row)
flat = [cell for row in grid for cell in row]
print(flat)
print([[y for y in range(x)] for x in range(4)])
print({x: [y for y in range(x)] for x in range(3)})
print([(x, y) for x in range(3) if x for y in range(3) if y != x])
text = ["hello world", "foo bar baz"]
print([w[::-1] for line in text for w in line.split()])
print(sorted({c for w in ["abc", "bcd"] for c in w}))
class C:
    base = 10
    items = [i for i in range(3)]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        print("NameError in class comprehension:", e)
print(C.items)
acc = []
[acc.append(i) for i in range(3)]
print(acc)
print([i for i in range(10)][::3])
m = [[1, 2], [3, 4]]
t = [[m[j][i] for j in range(2)] for i in range(2)]
print(t)
print([n for n in (x * 2 for x in range(5)) if n > 2])
