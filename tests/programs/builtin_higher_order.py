# Builtins combined with functions: key functions, map with multiple iterables, sorted stability
data = ["banana", "Cherry", "apple", "date", "Elderberry", "fig", "grape"]
print(sorted(data, key=str.lower))
print(sorted(data, key=len))
print(sorted(data, key=lambda s: (-len(s), s.lower())))
print(max(data, key=len), min(data, key=lambda s: s[-1]))
print(list(map(str.upper, data[:3])), list(map(len, data)))
print(list(map(lambda a, b, c: a + b * c, [1, 2, 3], [4, 5, 6], [7, 8, 9])))
print(list(filter(lambda s: "a" in s, data)))
print(sum(map(len, data)), any(map(str.isupper, data)), all(map(str.isalpha, data)))
print(dict(zip(data[:3], map(len, data[:3]))))
print(sorted(enumerate(data), key=lambda p: p[1].lower())[:3])
print(list(zip(*sorted(zip(map(len, data), data)))))
scores = {"ann": 88, "bob": 95, "cy": 88, "dee": 70}
ranking = sorted(scores, key=scores.get, reverse=True)
print(ranking)
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
funcs = [abs, str, bool, float, lambda x: x * 2, type]
print([f(-3) for f in funcs[:5]], funcs[5](-3))
print(list(map(int, "1 2 3".split())), list(map(float, ["1.5", "2"])))
print(sorted([3, 1, 2], key=None), sorted(["b", "A", "c"], key=str.casefold, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(sorted(pairs, key=lambda p: p[1]), key=lambda p: p[0]))
nested = [[3, 4], [1], [2, 5, 6], []]
print(sorted(nested, key=len), max(nested, key=sum), sum(nested, []))
print(list(reversed(sorted(range(5), key=lambda x: x % 3))))
print(min(range(10), key=lambda x: abs(x - 6.4)), max("hello world".split(), key=len))
print(list(enumerate(map(chr, range(97, 101)), 1)))
print(isinstance(map(abs, []), type(map(abs, []))), callable(sorted), type(filter(None, [])).__name__)
