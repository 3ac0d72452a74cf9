# Dict and set comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v % 2 == 0})
print({k.upper(): v * 10 for k, v in d.items()})
print(sorted({x % 5 for x in range(20)}))
print({x % 7 for x in range(50)})
print({n * n for n in range(8)} == {0, 1, 4, 9, 16, 25, 36, 49})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
lengths = {w: len(w) for w in words}
print(lengths)
print(sorted({len(w) for w in words}))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({ch: "mississippi".count(ch) for ch in "misp"})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({i: {j: i + j for j in range(2)} for i in range(3)})
print(len({x for x in range(1000)}))
print({x: None for x in []}, set(x for x in []))
squares = {x: x ** 2 for x in range(5)}
print(list(squares.keys()), list(squares.values()))
print({k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
print({1: "a", True: "b", 1.0: "c"})
