# chained comparisons across types and identity/membership
a = [1, 2]
b = a
c = [1, 2]
print(a is b is not c, a == b == c, a is not c is not None)
print(1 in a in [a, c], 3 not in a not in [], a in [c])
print(1 < 2.5 < 3, 1 == 1.0 < 1.5, True == 1 < 2, 0 == False is False)
print("a" < "ab" < "b" < "ba", b"a" < b"b", (1, 2) < (1, 2, 0) < (1, 3))
print([1, 2] < [1, 3] > [0], {1} < {1, 2} < {1, 2, 3}, {1, 2} > {3} or "no")
print(frozenset({1}) <= {1} <= frozenset({1, 2}))
x = 7
print(0 < x < 10 != 11, -x < 0 < x, x > 5 == True)
def rng(lo, v, hi):
    return lo <= v <= hi
print([rng(1, v, 3) for v in range(5)])
print(sorted([(v, 1 < v < 4) for v in [0, 2, 5]]))
print(None is None is None, (None is not None) is False)
items = ["pear", "apple", "fig"]
print("apple" in items and "fig" in items, min(items) <= "b" <= max(items))
print(float("nan") < 1 < 2, 1 < 2 < float("inf"), -float("inf") < -1e308 < 0)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
    def __eq__(self, o):
        return self.v == o.v
print(Rev(3) < Rev(2) < Rev(1), Rev(1) < Rev(2), Rev(2) == Rev(2) == Rev(2))
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8 < 9, 1 < 2 < 3 < 4 < 5 < 6 < 7 < 8 > 9)
print(not 1 < 2 < 3, (1 < 2) < 3, 1 < (2 < 3))
try:
    print([] < () < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print({1} < [1])
except TypeError as e:
    print("TypeError:", e)
