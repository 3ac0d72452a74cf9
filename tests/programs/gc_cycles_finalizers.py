# Cyclic garbage: __del__ runs exactly once per object, only when the collector runs
# (automatic collection disabled), resurrection is allowed, and what hangs off a cycle dies too.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __del__(self):
        log.append(self.name)


def make_ring(prefix, n):
    nodes = [Node(f"{prefix}{i}") for i in range(n)]
    for i, node in enumerate(nodes):
        node.links.append(nodes[(i + 1) % n])
    return weakref.ref(nodes[0])


gc.disable()
print("enabled:", gc.isenabled())

# Acyclic objects die at once, even with the collector off.
n = Node("plain")
del n
print("acyclic:", log)
log.clear()

# A ring of three nodes and a self-loop survive until gc.collect().
head = make_ring("r", 3)
loop = Node("self")
loop.links.append(loop)
loop_ref = weakref.ref(loop)
del loop
print("before collect:", log, head() is not None, loop_ref() is not None)
print("found garbage:", gc.collect() > 0)
print("after collect:", sorted(log), head() is None, loop_ref() is None)
gc.collect()
print("second collect adds nothing:", len(log))
log.clear()

# Objects only reachable from a cycle (a tail) are freed with it.
a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
b.links.append(Node("tail1"))
b.links[-1].links.append(Node("tail2"))
del a, b
gc.collect()
print("cycle with tail:", sorted(log))
log.clear()

# Resurrection: __del__ stores the object; it stays usable and __del__ never runs again.
saved = []


class Phoenix:
    deaths = 0

    def __init__(self, tag):
        self.tag = tag
        self.me = self

    def __del__(self):
        Phoenix.deaths += 1
        saved.append(self)


Phoenix("p1")
gc.collect()
print("resurrected:", [p.tag for p in saved], Phoenix.deaths)
print("still usable:", saved[0].me is saved[0])
saved.clear()
gc.collect()
print("after second death:", Phoenix.deaths, saved)

# A finalizer that creates new cyclic garbage: the next collection finds it.
class Spawner:
    def __init__(self):
        self.me = self

    def __del__(self):
        child = Node("child")
        child.links.append(child)


Spawner()
gc.collect()
gc.collect()
print("spawned child collected:", log)
log.clear()

# Many cycles at once: every __del__ runs exactly once.
for i in range(50):
    make_ring(f"m{i}-", 2)
gc.collect()
print("many rings:", len(log), len(set(log)))
log.clear()

gc.enable()
print("enabled again:", gc.isenabled())
print("garbage list:", gc.garbage)
