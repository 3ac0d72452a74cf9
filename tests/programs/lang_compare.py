# Comparisons including chained
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0, 1 == 1 == 1.0)
print(1 < 2 <= 2 < 3 != 4, 0 < 0 < 1)
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(2) < f(3), calls)
calls.clear()
print(f(3) < f(2) < f(1), calls)
calls.clear()
print(f(1) < f(0) < f(5) < f(6), calls)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [1, 2])
one = 1
print(None is None, None == None, one is not None)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "bc" in "abc", "x" in "")
print(2 ** 100 > 2 ** 99, -(2 ** 100) < 0, 2 ** 100 == 2.0 ** 100)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("nan") == float("nan"), float("inf") > 10 ** 300)
print(True == 1, False == 0, True is True, True > False)
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 != 6)
print(max(3, 7) == 7 > 6 >= 6)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1, 2} == {2, 1})
print((1, "a") < (1, "b"), [[]] < [[1]])
print(1 < 1.5 < 2, -1 < -0.5 < 0)
