# Ends with an uncaught AssertionError with a message
def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"{a} > {b}"
    return True
print(check_sorted([1, 2, 2, 5]))
try:
    check_sorted([3, 1])
except AssertionError as e:
    print("caught:", e)
data = [[1, 2, 3], [4, 5], [9, 7, 8]]
for d in data:
    print("checking", d)
    check_sorted(d)
    print("sorted", d)
print("never printed")
