# chained comparisons: evaluation order and short-circuit
calls = []
def v(x, tag):
    calls.append(tag)
    return x

print(v(1, "a") < v(2, "b") < v(3, "c"), calls)
calls.clear()
print(v(1, "a") < v(0, "b") < v(3, "c"), calls)
calls.clear()
print(v(5, "a") > v(4, "b") >= v(4, "c") == v(4, "d") != v(0, "e"), calls)
calls.clear()

print(1 < 2 > 1, 1 == 1.0 == True, 3 > 2 > 1 > 0 > -1)
print(1 < 3 < 2, "a" < "b" < "c", [1] < [2] < [1, 0])
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], x is x is not None)
print(1 in [1, 2] == True)

class Noisy:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n}<{other.n}")
        return self.n < other.n
    def __bool__(self):
        raise RuntimeError("not used")

a, b, c = Noisy(1), Noisy(2), Noisy(0)
print("result:", a < b < c)
print("result:", b < a < c)

class Weird:
    def __lt__(self, other):
        return "truthy-string"
print("non-bool result:", Weird() < Weird())
print("chained non-bool:", Weird() < Weird() < Weird())

def middle():
    calls.append("mid")
    return 2
print(1 < middle() < 3, calls)
calls.clear()

try:
    print(1 < "a" < 3)
except TypeError as e:
    print("TypeError:", e)
print(3 < 1 < "a", "(short circuit avoids TypeError)")

vals = [3, 7, 1, 9, 5]
print([n for n in vals if 2 < n <= 7])
print(all(a <= b for a, b in zip(vals, vals[1:])))
print(sorted(vals) == vals, 1 < 2 == 2 < 3)
