# functools: wraps/update_wrapper, total_ordering, cmp_to_key
import functools
from functools import wraps, update_wrapper, total_ordering, cmp_to_key


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__annotations__)
print(add.__wrapped__(4, 5))


def plain():
    pass


plain.tag = "marked"


def outer():
    pass


update_wrapper(outer, plain)
print(outer.__name__, outer.tag, outer.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


class Counted:
    def __init__(self, func):
        update_wrapper(self, func)
        self.count = 0
        self.func = func

    def __call__(self, *args):
        self.count += 1
        return self.func(*args)


@Counted
def double(x):
    "Double x."
    return 2 * x


print(double(4), double(5), double.count, double.__name__, double.__doc__)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 3
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


s1, s2 = Score(1), Score(2)
print(s1 < s2, s1 <= s2, s1 > s2, s1 >= s2, s2 > s1, Score(2) <= s2)
print("__gt__" in Score.__dict__, "__lt__" in Score.__dict__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=cmp_to_key(compare_len_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(compare_len_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    K(1) < 1
except TypeError as e:
    print("TypeError:", e)
