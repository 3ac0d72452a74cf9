# dict views and ordering under mutation; order in dict-based algorithms
inventory = {"apples": 3, "pears": 0, "kiwis": 7, "plums": 2}
ks, vs, its = inventory.keys(), inventory.values(), inventory.items()
inventory["figs"] = 1
del inventory["pears"]
print(list(ks), list(vs), list(its))
print(len(ks), "kiwis" in ks, 7 in vs, ("plums", 2) in its, ("plums", 3) in its)
print(list(reversed(ks)), list(reversed(vs)))
print(sorted(ks - {"apples"}), sorted(ks ^ {"apples", "zz"}), ks == {"apples", "kiwis", "plums", "figs"})
print(its & {("figs", 1), ("x", 0)}, ks.isdisjoint(["q"]))
restock = {k: v + 5 for k, v in inventory.items() if v < 3}
print(restock)
inventory.update(restock)
print(inventory)
rank = {name: i for i, name in enumerate(sorted(inventory, key=inventory.get, reverse=True))}
print(rank)
inv = {v: k for k, v in inventory.items()}
print(inv)
def first_unique(s):
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for ch, n in counts.items():
        if n == 1:
            return ch
print(first_unique("swiss"), first_unique("aabbcdc"))
lru = {}
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru[key] = lru.pop(key)
    else:
        lru[key] = True
        if len(lru) > 3:
            del lru[next(iter(lru))]
    print(key, list(lru))
grouped = {}
for word in "apple avocado banana blueberry cherry apricot".split():
    grouped.setdefault(word[0], []).append(word)
print(grouped)
print({k: len(v) for k, v in sorted(grouped.items(), key=lambda kv: -len(kv[1]))})
d = dict.fromkeys(range(5))
for k in list(d):
    if k % 2:
        del d[k]
d[1] = "back"
print(d)
print(list({1: 0, True: 1, 1.0: 2}.items()), {0: "a", False: "b"})
print(str({"a": [1, {"b": None}]}), repr({(1, 2): {3}}))
