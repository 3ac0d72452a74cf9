print(list[int], dict[str, int], tuple[int, ...], type[int])
class A: pass
try:
    print(A[int])
except TypeError as e:
    print('TypeError', e)
x = list[int]
print(x.__origin__, x.__args__, x([1, 2]), x == list[int])
def f(a: list[int], b: dict[str, A]) -> tuple[int, str]:
    return a
print(f.__annotations__)
class B(list[int]):
    pass
print(B.__mro__, B([3]))
print(list[list[int]])
