# Memoized recursion: decorator cache, dict cache, dynamic programming
def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = f.__name__
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200), len(fib.cache))
@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(60, 30), [binom(6, k) for k in range(7)])
@memoize
def partitions(n, m):
    if n == 0:
        return 1
    if n < 0 or m == 0:
        return 0
    return partitions(n - m, m) + partitions(n, m - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
def lcs(a, b):
    memo = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        key = (i, j)
        if key in memo:
            return memo[key]
        if a[i] == b[j]:
            r = a[i] + go(i + 1, j + 1)
        else:
            x, y = go(i + 1, j), go(i, j + 1)
            r = x if len(x) >= len(y) else y
        memo[key] = r
        return r
    return go(0, 0)
print(lcs("AGGTABQWERTY", "GXTXAYBWRT"), lcs("abcdef", "acf"), repr(lcs("abc", "xyz")))
def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]
for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(s, t, edit_distance(s, t))
@memoize
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])
print(coin_ways(100, (1, 5, 10, 25, 50)), coin_ways(300, (2, 3, 7)))
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
@memoize
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
