# dict's | and |= operators and dunders: reflected on subclasses, |= with any iterable of pairs.
class D(dict):
    def __or__(self, o): return NotImplemented
print(D(a=1) | {'a': 2, 'b': 3})
print({'a': 2} | D(a=1))
print(dict.__ror__({'x': 1}, {'y': 2}))
d = {'a': 1}
try:
    d | [1]
except TypeError as e:
    print(e)
print(dict.__or__({'a': 1}, [1]))
d |= [('z', 9)]
print(d)
class E(dict): pass
e = E(a=1)
e |= {'b': 2}
print(type(e).__name__, e, type(E(a=1) | {'c': 3}).__name__)
from collections import Counter
print(Counter(a=1) | {'a': 2})
try:
    d |= 5
except TypeError as ex:
    print(ex)
