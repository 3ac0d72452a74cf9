# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
from math import comb, factorial, perm

print(list(product("ab", range(2))))
print(list(product([1, 2], repeat=2)))
print(list(product("ab", "xy", repeat=2))[:5], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product([], [1])), list(product([1], repeat=0)))
print(["".join(p) for p in product("01", repeat=3)])
try:
    product("a", repeat=-1)
except ValueError as e:
    print("ValueError:", e)

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)))
print(list(permutations([])))
print(len(list(permutations(range(6)))) == factorial(6))
print(all(len(list(permutations(range(n), r))) == perm(n, r) for n in range(6) for r in range(7)))
print(list(permutations([1, 1, 2])))

print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1], 0)), list(combinations([1], 2)), list(combinations([], 0)))
print(all(len(list(combinations(range(n), r))) == comb(n, r) for n in range(7) for r in range(8)))

print(list(cwr("ABC", 2)))
print(list(cwr([1, 2], 3)))
print(list(cwr([], 0)), list(cwr([], 2)), list(cwr("x", 0)))
print(all(len(list(cwr(range(n), r))) == comb(n + r - 1, r) for n in range(1, 6) for r in range(6)))

for fn in (combinations, cwr, permutations):
    try:
        fn("abc", -1)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)

# inputs are consumed eagerly, output lazily
gen = (c for c in "xyz")
pairs = combinations(gen, 2)
print(list(gen), next(pairs), list(pairs))

# classic uses
coins = [1, 2, 5]
ways = sum(1 for combo in cwr(coins, 3) if sum(combo) == 8)
print("ways", ways)
best = max(permutations(range(1, 5)), key=lambda p: sum(i * v for i, v in enumerate(p)))
print("best", best)
grid = [(r, c) for r, c in product(range(2), range(3))]
print(grid)
