# walrus operator inside comprehensions binds in the enclosing scope
data = [3, 8, 1, 9, 4]
big = [y for x in data if (y := x * 2) > 7]
print("big:", big, "last y:", y)

total = 0
running = [(total := total + v) for v in data]
print("running:", running, "total:", total)

def f():
    found = [w for w in ["a", "bb", "ccc"] if (n := len(w)) > 1]
    return found, n
print("in function:", f())

def g():
    vals = {k: (sq := k * k) for k in range(4)}
    return vals, sq
print("dict comp:", g())

s = {(m := i % 3) for i in range(7)}
print("set comp:", sorted(s), "m:", m)

gen = (last := c for c in "xyz")
print("genexp before:", "last" in dir())
print(list(gen), "last after:", last)

# any() short-circuits; witness captured
nums = [1, 3, 5, 6, 7]
if any((witness := n) % 2 == 0 for n in nums):
    print("first even:", witness)

# nested comprehensions: binding goes to outermost function scope
def nested():
    grid = [[(cell := r * 10 + c) for c in range(2)] for r in range(3)]
    return grid, cell
print("nested:", nested())

# walrus in while with comprehension
items = [5, 4, 3, 2, 1]
chunks = []
while (chunk := items[:2]):
    chunks.append([c * 2 for c in chunk])
    items = items[2:]
print("chunks:", chunks)

# walrus in class body comprehension is an error at compile time -> check via exec
try:
    exec("class K:\n    v = [(q := 1) for _ in range(2)]\n")
    print("no error")
except SyntaxError:
    print("SyntaxError for walrus in class-body comprehension")

def counter():
    count = 0
    evens = [x for x in range(10) if x % 2 == 0 and (count := count + 1)]
    return evens, count
print("counter:", counter())
