# collections.namedtuple: name validation order, rename, defaults, _make/_replace errors, docstrings, one- and zero-field types
from collections import namedtuple
import copy

def attempt(fn, *a, **k):
    try:
        r = fn(*a, **k)
        print("ok", r if not isinstance(r, type) else (r.__name__, r._fields, r._field_defaults, r.__doc__))
    except Exception as e:
        print(type(e).__name__, e)

attempt(namedtuple, "P", "x y")
attempt(namedtuple, "P", "x, y,z")
attempt(namedtuple, "P", ["x", "x"])
attempt(namedtuple, "P", ["x", "_y"])
attempt(namedtuple, "P", ["_y", "class"])
attempt(namedtuple, "P", ["a", "a", "_b"])
attempt(namedtuple, "P", ["_b", "a", "a"])
attempt(namedtuple, "class", ["a"])
attempt(namedtuple, "1P", ["a"])
attempt(namedtuple, "P", ["a b"])
attempt(namedtuple, "P", ["a", "9"])
attempt(namedtuple, "P", ["abc", "def", "ghi", "abc", "_x", "x y"], rename=True)
attempt(namedtuple, "P", ["a", "a", "a"], rename=True)
attempt(namedtuple, "P", "x y", defaults=[1, 2, 3])
attempt(namedtuple, "P", "x y z", defaults=[1, 2])
attempt(namedtuple, "P", "x y z", defaults=[])
attempt(namedtuple, "P", "x y z", defaults=iter([5]))
attempt(namedtuple, "P", "")
attempt(namedtuple, "P", [1, 2])
attempt(namedtuple, "P", [])
attempt(namedtuple, 5, "a")

P = namedtuple("Point", "x y", defaults=[0])
p = P(1)
print(p, repr(p), p.x, p.y, p._asdict(), p._fields, P._field_defaults, P.__match_args__)
print(P._make([3, 4]), P(x=5, y=6), P(7, y=8))
attempt(P._make, [1])
attempt(P._make, [1, 2, 3])
print(p._replace(y=9))
attempt(p._replace, z=1, w=2)
attempt(P, 1, 2, 3)
attempt(P)
attempt(P, 1, x=2)
print(P.__new__.__doc__, P.__new__.__qualname__, P.__new__.__defaults__)
print(P._make.__doc__, "|", P._replace.__doc__, "|", P.__repr__.__doc__, "|", P._asdict.__doc__, "|", P.__getnewargs__.__doc__)
print(P._make.__qualname__, P._replace.__qualname__, P.__repr__.__qualname__, P._asdict.__qualname__)
print(P.x.__doc__, P.y.__doc__, P.__doc__, P.__name__, P.__qualname__)
print(p.__getnewargs__(), copy.copy(p), copy.deepcopy(p))
print(isinstance(p, tuple), P.__mro__ == (P, tuple, object), len(p), p + (1,), p[0], p[-1], list(p))
One = namedtuple("One", "a")
print(One(1), One._make([2]), One.__new__.__doc__)
Zero = namedtuple("Zero", "")
print(Zero(), Zero._make([]), repr(Zero()), Zero()._asdict())
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError")
print(hasattr(p, "__dict__"))
M = namedtuple("M", "a b", module="mymod")
print(M.__module__)
class Sub(namedtuple("Base", "a b")):
    def total(self):
        return self.a + self.b
s = Sub(1, 2)
print(s, s.total(), s._replace(a=5), type(s._replace(a=5)).__name__, Sub._make((3, 4)))
match P(1, 2):
    case P(x, y):
        print("match", x, y)
R = namedtuple("R", ["a", "b"], rename=True, defaults=(None,))
print(R(1), R._fields, R._field_defaults)
print(namedtuple("R", ("x", "y"))(1, 2))
print(namedtuple("One","a").__doc__)
