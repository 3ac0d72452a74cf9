# weakref.ref: calling, callbacks (newest first, given the weakref), identity sharing,
# hashing and equality before/after death, subclasses, KeyedRef and WeakMethod.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return "method of " + self.name


events = []
o = Obj("o")
plain = weakref.ref(o)
print("call:", plain() is o, weakref.ref(o) is plain, isinstance(plain, weakref.ReferenceType))
cb1 = weakref.ref(o, lambda w: events.append(("cb1", w is cb1, w())))
cb2 = weakref.ref(o, lambda w: events.append(("cb2", w is cb2, w())))
print("callback refs are distinct:", cb1 is not plain, cb1 is not cb2)
print("count:", weakref.getweakrefcount(o), len(weakref.getweakrefs(o)),
      all(r() is o for r in weakref.getweakrefs(o)))
print("eq alive:", cb1 == cb2, cb1 == plain, plain == cb1, cb1 != cb2)
h = hash(cb1)
print("hash:", h == hash(o), hash(plain) == hash(cb2))
other = Obj("other")
never_hashed = weakref.ref(other)
del o, other
print("callbacks (newest first):", events)
print("dead:", plain(), cb1(), weakref.getweakrefcount(Obj("x")))
print("hash kept after death:", hash(cb1) == h)
print("eq dead:", cb1 == cb2, cb1 == cb1, cb1 != cb2)
try:
    hash(never_hashed)
except TypeError as e:
    print("first hash after death:", e)

# A weakref that dies before its referent never calls its callback.
events.clear()
o = Obj("o2")
r = weakref.ref(o, lambda w: events.append("never"))
del r
del o
print("dropped ref:", events)

# Unsupported referents.
for value in (1, "s", (1, 2), [1], {"a": 1}, None):
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)

# Supported referents besides instances.
def func():
    pass


def gen():
    yield 1


items = [func, Obj, {1, 2}, frozenset({3}), gen(), weakref]
print("supported:", [weakref.ref(x)() is x for x in items])

# Subclasses can carry attributes; KeyedRef carries a key.
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)


o = Obj("o3")
t = Tagged(o, None, "hello")
k = weakref.KeyedRef(o, lambda w: events.append(("keyed", w.key)), "the-key")
print("subclass:", t.tag, t() is o, t is not weakref.ref(o), t == weakref.ref(o))
print("keyed:", k.key, k() is o, isinstance(k, weakref.ref))
del o
print("keyed callback:", events)

# WeakMethod rebuilds the bound method while the instance lives.
events.clear()
o = Obj("o4")
wm = weakref.WeakMethod(o.method, lambda w: events.append(("wm", w is wm)))
print("plain ref to bound method dies:", weakref.ref(o.method)() is None)
print("weak method:", wm()(), wm() == o.method, wm == weakref.WeakMethod(o.method))
try:
    weakref.WeakMethod(func)
except TypeError as e:
    print("WeakMethod(func):", e)
del o
print("weak method after death:", wm(), events)
