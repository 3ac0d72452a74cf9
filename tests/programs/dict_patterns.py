# dict usage patterns: counting, grouping, views, iteration
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
for k in sorted(groups):
    print(k, groups[k])
inventory = {"apples": 5, "pears": 0, "kiwis": 12}
for item, qty in inventory.items():
    status = "out" if qty == 0 else "in stock"
    print(f"{item:8} {qty:3} {status}")
print([k for k, v in inventory.items() if v > 0])
print(sum(inventory.values()), max(inventory, key=inventory.get), min(inventory.values()))
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(("x", 1) in a.items(), ("x", 2) in a.items())
merged = dict(a)
merged.update(b)
print(merged)
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(90), len(cache))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nb in graph[node]:
            if nb not in seen:
                seen[nb] = seen[node] + 1
                queue.append(nb)
    return seen
print(bfs("a"))
matrix = {}
for i in range(3):
    for j in range(3):
        matrix[i, j] = i * 3 + j
print(matrix[1, 2], matrix.get((5, 5), "none"), len(matrix))
d = dict.fromkeys(range(5), 0)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
ordered = {}
for k in ["z", "a", "m"]:
    ordered[k] = len(ordered)
print(list(ordered), list(ordered.values()))
ordered.pop("z")
ordered["z"] = 99
print(ordered)
vals = {"k": [1]}
alias = vals["k"]
alias.append(2)
print(vals)
print(len({}), {} == dict(), bool({0: 0}), not {})
