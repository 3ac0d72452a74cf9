# Every operator function, the lookup objects, length_hint and the dunder aliases.
import operator as o
class S:
    def __init__(s, v): s.v = v
    def __iadd__(s, x): s.v += x; return s
    def __index__(s): return 7
print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.lshift(1, 4), o.rshift(16, 2), o.and_(6, 3), o.or_(6, 3), o.xor(6, 3), o.neg(3), o.pos(-3), o.inv(5), o.invert(5), o.not_(0), o.truth([]), o.truth([1]))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.ge(1, 2), o.gt(3, 2), o.is_(None, None), o.is_not(1, None))
print(o.abs(-4), o.index(S(0)), o.index(5), o.getitem([1, 2], 1), o.contains([1, 2], 2))
try: o.index(1.5)
except TypeError as e: print(e)
try: o.matmul(1, 2)
except TypeError as e: print(e)
l = [1, 2]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l)
a = [1]; print(o.iadd(a, [2]) is a, a, o.iconcat(a, (3,)), o.isub(5, 2), o.imul(2, 3), o.itruediv(3, 2), o.ifloordiv(7, 2), o.imod(7, 4), o.ipow(2, 3), o.ilshift(1, 2), o.irshift(8, 1), o.iand(7, 2), o.ior(1, 2), o.ixor(3, 1))
s = S(1); print(o.iadd(s, 4) is s, s.v)
print(o.concat([1], [2]), o.concat('a', 'b'))
for bad in ((1, 2), ({1}, {2})):
    for fn in (o.concat, o.iconcat):
        try: fn(*bad)
        except TypeError as e: print(e)
print(o.countOf([1, 2, 1, 1.0, True], 1), o.countOf(iter('abca'), 'a'), o.indexOf([3, 4, 5], 5), o.indexOf(iter('xyz'), 'y'))
nan = float('nan'); print(o.countOf([nan, nan], nan), o.indexOf([nan], nan))
try: o.indexOf([1], 2)
except ValueError as e: print(e)
class H:
    def __init__(s, r): s.r = r
    def __length_hint__(s):
        if s.r == 'te': raise TypeError('x')
        if s.r == 've': raise ValueError('boom')
        return s.r
print(o.length_hint([1, 2]), o.length_hint(H(5)), o.length_hint(H(NotImplemented), 9), o.length_hint(H('te'), 4), o.length_hint(object(), 3))
for r in ('x', -1, 've'):
    try: o.length_hint(H(r))
    except Exception as e: print(type(e).__name__, e)
try: o.length_hint([], 'z')
except TypeError as e: print(e)
print(o.call(max, 1, 5, key=None))
class P: pass
p = P(); p.x = 1; p.y = P(); p.y.z = 'deep'
for g in (o.attrgetter('x'), o.attrgetter('y.z'), o.attrgetter('x', 'y.z'), o.itemgetter(1), o.itemgetter(0, 2), o.itemgetter(slice(1, None))):
    print(repr(g), end=' ')
    try: print(g(p) if 'attr' in repr(g) else g('abc'))
    except Exception as e: print(e)
    print(g.__reduce__())
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')], key=o.itemgetter(0)), o.itemgetter('k')({'k': 3}))
try: o.attrgetter('x', 3)
except TypeError as e: print(e)
try: o.attrgetter('nope')(p)
except AttributeError as e: print(e)
try: o.itemgetter(5)([])
except IndexError as e: print(e)
try: o.itemgetter()
except TypeError as e: print('TypeError')
mc = o.methodcaller('split', ',', maxsplit=1); print(repr(mc), mc('a,b,c'), repr(o.methodcaller('upper')), o.methodcaller('upper')('x'))
try: o.methodcaller(1)
except TypeError as e: print(e)
print(o.__add__ is o.add, o.__not__ is o.not_, o.__inv__ is o.inv, o.__invert__ is o.invert, o.__call__ is o.call, o.__iconcat__ is o.iconcat, hasattr(o, '__is___'), hasattr(o, '__truth__'), hasattr(o, '__is_not__'))
print(o.add.__name__, o.add.__doc__, o.iadd.__doc__, o.not_.__doc__, o.getitem.__doc__)
