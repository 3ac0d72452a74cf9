# Sets in algorithms (outputs sorted or small ints only)
def primes_upto(n):
    composite = set()
    out = []
    for i in range(2, n + 1):
        if i not in composite:
            out.append(i)
            composite.update(range(i * i, n + 1, i))
    return out
print(primes_upto(60))
graph = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: set(), 7: {1}}
def reachable(start):
    seen = {start}
    todo = [start]
    while todo:
        n = todo.pop()
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                todo.append(m)
    return seen
print(sorted(reachable(1)), sorted(reachable(3)), sorted(reachable(7)))
words_a = "the cat sat on the mat".split()
words_b = "the dog sat on the log".split()
print(sorted(set(words_a) & set(words_b)), sorted(set(words_a) ^ set(words_b)))
print(len(set(words_a) | set(words_b)), sorted(set(words_a) - set(words_b)))
def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b)
print(round(jaccard(words_a, words_b), 4), jaccard("abc", "abc"), jaccard("ab", "cd"))
nums = [4, 9, 2, 7, 4, 2, 8]
dups = {x for x in nums if nums.count(x) > 1}
print(dups, sorted(set(nums)), len(nums) - len(set(nums)))
def has_pair_sum(seq, target):
    seen = set()
    for x in seq:
        if target - x in seen:
            return (target - x, x)
        seen.add(x)
    return None
print(has_pair_sum(nums, 15), has_pair_sum(nums, 100))
squares = {i * i for i in range(20)}
print(sorted(n for n in range(50) if any(n - s in squares for s in squares if s <= n))[:15])
fs = frozenset({1, 2})
family = {fs, frozenset({2, 1}), frozenset({3})}
print(len(family), sorted(sorted(s) for s in family))
a = set(range(10))
a.difference_update({1, 2, 3})
a.intersection_update(range(5, 20))
a.symmetric_difference_update({5, 100})
print(a)
letters = set("hello world")
letters.discard(" ")
print(sorted(letters), "".join(sorted(letters)))
print({1, 2, 3}.issubset({1, 2, 3, 4}), {1, 2} > {1}, set() < {0}, {0} <= {0})
