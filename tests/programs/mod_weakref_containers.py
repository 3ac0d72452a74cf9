# weakref containers and helpers: WeakMethod, WeakValueDictionary / WeakKeyDictionary API
# and errors, WeakSet set algebra, and finalize's peek / detach / atexit / call protocol.
import weakref, copy, gc


class O:
    def __init__(s, n):
        s.n = n

    def m(s):
        return s.n

    def __repr__(s):
        return f"O{s.n}"

    def __hash__(s):
        return s.n

    def __eq__(s, o):
        return isinstance(o, O) and o.n == s.n


def by_n(o):
    return o.n


a, b, c = O(1), O(2), O(3)
wm = weakref.WeakMethod(a.m)
print(wm()(), wm == weakref.WeakMethod(a.m), wm != weakref.WeakMethod(a.m), wm == 5)
for bad in (len, 5):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", e)
called = []
x = O(9)
wm2 = weakref.WeakMethod(x.m, lambda r: called.append(r is wm2))
del x
gc.collect()
print("method died:", called, wm2(), wm2 == wm2, wm2 != wm)

d = weakref.WeakValueDictionary({1: a})
d.update({2: b})
d.update([(3, c)])
print(sorted(d.items()), len(d), 1 in d, 5 in d, d.get(5, "x"), d.setdefault(7, a), d.pop(7))
d[4] = c
print(d.pop(4, 2, 3), d.pop(4, 2, 3))
try:
    d[[1]]
except TypeError as e:
    print("TypeError:", e)
print(sorted(copy.copy(d).items()), sorted(copy.deepcopy(d).items()))
print(type(d | {9: a}).__name__, sorted((d | {9: a}).keys()), sorted(({8: b} | d).keys()))
d |= {10: c}
print(sorted(d.keys()), sorted(v.n for v in d.values()), sorted(d), d.popitem() in [(10, c)])

k = weakref.WeakKeyDictionary({a: 1})
k[b] = 2
k.update([(c, 3)])
print(sorted(k.values()), a in k, 5 in k, [] in k, k.get(a), k.pop(c), k.pop(c, "d"), len(k),
      k.setdefault(c, 33), k.setdefault(c, 44))
try:
    k.pop(O(99))
except KeyError:
    print("KeyError from pop")
try:
    k.pop(a, 1, 2)
except TypeError as e:
    print("TypeError:", e)
kk = copy.deepcopy(k)
print(sorted(kk.values()), sorted(kk.items(), key=lambda t: t[0].n), sorted(kk, key=by_n))
print(sorted((k | {a: 100}).items(), key=lambda t: t[0].n))

s = weakref.WeakSet([a, b])
t = weakref.WeakSet([b, c])
print(sorted(s | t, key=by_n), sorted(s & t, key=by_n), sorted(s - t, key=by_n),
      sorted(s ^ t, key=by_n))
print(s <= t, s < (s | t), s >= s, s > t, s == weakref.WeakSet([a, b]), s != t,
      s.isdisjoint(t), s.isdisjoint([c]))
s2 = s.copy()
s2 ^= s2
print(len(s2))
s3 = s.copy()
s3 ^= [a, a, c]
print(sorted(s3, key=by_n))
s3 -= s3
print(len(s3))
s4 = weakref.WeakSet([a, b, c])
s4 &= [a]
print(list(s4))
try:
    s4.remove(b)
except KeyError:
    print("KeyError from remove")
s4.discard(b)
print(s4.pop())
try:
    s4.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    s4.add(5)
except TypeError as e:
    print("TypeError:", e)
print(5 in s4, [] in s4)


def partial():
    yield a
    raise ValueError


s5 = weakref.WeakSet()
try:
    s5.update(partial())
except ValueError:
    print("partial update kept", len(s5))
tmp = [O(i) for i in range(10, 15)]
s6 = weakref.WeakSet(tmp)
del tmp[1:4]
gc.collect()
print(sorted(s6, key=by_n), len(s6))

f = weakref.finalize(a, print, "fin", 1)
print(f.alive, f.atexit, f.peek()[1:])
f.atexit = 0
print(f.atexit)
print(f.detach()[1:], f.alive, f.detach(), f.peek(), f(), f.atexit)
y = O(5)
f2 = weakref.finalize(y, lambda: "result")
print(f2(), f2(), f2.alive, f2.atexit)
z = O(6)
weakref.finalize(z, print, "z died", end="!\n")
del z
gc.collect()
w1, w2 = O(7), O(8)
weakref.finalize(w1, print, "exit w1")
weakref.finalize(w2, print, "exit w2")
weakref.finalize(w2, print, "not at exit").atexit = False
print("end of module")
