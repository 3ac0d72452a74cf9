# itertools recipes
import itertools as it
import operator

def take(n, iterable):
    return list(it.islice(iterable, n))
def pairwise(iterable):
    a, b = it.tee(iterable)
    next(b, None)
    return zip(a, b)
def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fill)
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))
def unique_everseen(iterable, key=None):
    seen = set()
    for e in iterable:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k)
            yield e
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return list(it.filterfalse(pred, t1)), list(filter(pred, t2))
def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)
def sliding_window(iterable, n):
    from collections import deque
    itr = iter(iterable)
    window = deque(it.islice(itr, n - 1), maxlen=n)
    for x in itr:
        window.append(x)
        yield tuple(window)

print(take(5, it.count(10, 3)))
print(list(pairwise("abcd")))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(powerset([1, 2, 3])))
print(partition(lambda x: x % 2, range(10)))
print(nth(range(10), 3), nth(range(3), 5, "none"))
print(all_equal("aaa"), all_equal("aab"), all_equal(""))
print(list(sliding_window(range(6), 3)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 2, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 4, 1])))
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(5), 3))))
print(list(it.combinations_with_replacement("xyz", 2)))
print(sum(1 for _ in it.product(range(3), range(4), range(2))))
print(list(it.chain.from_iterable(["ab", [1, 2], ()])), list(it.repeat("z", 3)))
print(list(it.zip_longest([1, 2, 3], "ab")), list(it.islice("abcdefgh", 1, 7, 2)))
flat = list(it.chain(*[[i] * i for i in range(4)]))
print(flat, list(it.pairwise(flat)) == list(pairwise(flat)))
