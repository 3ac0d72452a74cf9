# WeakSet: the set API over weakly held elements, elements vanishing when they die
# (also in the middle of an iteration, or of an abandoned one), and set algebra.
import weakref
from collections.abc import MutableSet


class Listener:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"L({self.name})"


def names(s):
    return sorted(item.name for item in s)


a, b, c, d = (Listener(n) for n in "abcd")
listeners = weakref.WeakSet([a, b])
listeners.add(c)
listeners.add(a)
print("initial:", names(listeners), len(listeners), a in listeners, d in listeners)
print("non-weakrefable membership:", 1 in listeners, "x" in listeners, [] in listeners)
print("is a MutableSet:", isinstance(listeners, MutableSet))
del b
print("after b dies:", names(listeners), len(listeners))

listeners.discard(d)
listeners.remove(c)
try:
    listeners.remove(c)
except KeyError:
    print("remove missing: KeyError")
listeners.update([c, d])
print("discard/remove/update:", names(listeners))
popped = listeners.pop()
print("pop:", popped not in listeners, len(listeners))
listeners.add(popped)
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("pop empty:", e)

# Set algebra with WeakSets, sets and plain iterables.
other = weakref.WeakSet([c, d])
e = Listener("e")
print("union:", names(listeners | other), names(listeners.union([e])))
print("intersection:", names(listeners & other), names(listeners.intersection({a, e})))
print("difference:", names(listeners - other), names(listeners.difference([a])))
print("symmetric:", names(other ^ weakref.WeakSet([d, e])),
      names(other.symmetric_difference([c, c, e])))
print("comparisons:", other <= listeners, other < listeners, listeners >= other,
      listeners > listeners, other.issubset([c, d, e]), listeners.issuperset({a}))
print("equality:", listeners == weakref.WeakSet([a, c, d]), listeners == {a, c, d},
      listeners != other, other.isdisjoint([a, e]), other.isdisjoint([d]))
work = listeners.copy()
work -= {a}
work &= [c, d, e]
work ^= [d, e]
work |= {a}
print("in-place ops:", names(work), names(listeners))
work.difference_update([a])
work.intersection_update([c, e])
work.symmetric_difference_update([a])
print("update methods:", names(work))

# Elements dying during an iteration disappear afterwards.
group = [Listener(f"g{i}") for i in range(6)]
gs = weakref.WeakSet(group)
seen = 0
for item in gs:
    seen += 1
    if seen == 1:
        del group[:3]
    item = None
print("iterated at least the survivors:", seen >= 3, names(gs), len(gs))

# An abandoned iteration does not leave dead elements behind.
it = iter(gs)
next(it)
del it
group.pop()
print("after abandoned iteration:", names(gs), len(gs))

# Clearing, copying and membership of equal-but-distinct objects.
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


k1, k2 = Key(1), Key(1)
ks = weakref.WeakSet([k1])
print("equal objects:", k2 in ks, len(ks))
ks.add(k2)
print("adding an equal object:", len(ks))
del k1
print("after the stored one dies:", len(ks), k2 in ks)
copied = gs.copy()
gs.clear()
print("clear/copy:", len(gs), names(copied), type(copied).__name__)
