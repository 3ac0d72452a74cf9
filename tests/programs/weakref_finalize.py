# weakref.finalize: runs once (on death, on explicit call or at exit), detach/peek/alive,
# the atexit flag, finalizers on cyclic garbage, and exit-time ordering (newest first).
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(tag, *rest, **kw):
    print("cleanup", tag, rest, sorted(kw.items()))
    return "result-" + tag


r = Resource("r1")
f = weakref.finalize(r, cleanup, "r1", 1, 2, mode="x")
print("alive:", f.alive, "atexit:", f.atexit)
obj, func, args, kwargs = f.peek()
print("peek:", obj is r, func is cleanup, args, kwargs, f.alive)
del obj
print("deleting r1")
del r
print("after death:", f.alive, f(), f.peek(), f.detach())

# Calling explicitly runs the function once and returns its result.
r = Resource("r2")
f = weakref.finalize(r, cleanup, "r2")
print("explicit call:", f())
print("second call:", f(), f.alive)
del r
print("r2 gone, nothing more printed")

# detach() disarms the finalizer and hands back its parts.
r = Resource("r3")
f = weakref.finalize(r, cleanup, "r3")
parts = f.detach()
print("detach:", parts[0] is r, parts[1] is cleanup, parts[2], parts[3], f.alive)
print("detach again:", f.detach(), f.peek())
del parts
del r
print("r3 gone, nothing printed")

# Several finalizers on one object all run.
r = Resource("r4")
order = []
f1 = weakref.finalize(r, order.append, "first")
f2 = weakref.finalize(r, order.append, "second")
del r
print("both ran:", sorted(order), f1.alive, f2.alive)

# The finalizer keeps itself alive: no need to hold on to the returned object.
r = Resource("r5")
weakref.finalize(r, cleanup, "r5-unreferenced")
del r

# Finalizers on objects in reference cycles run when the collector finds them.
gc.disable()
r = Resource("r6")
r.me = r
f = weakref.finalize(r, cleanup, "r6-cycle")
del r
print("cycle not yet collected:", f.alive)
gc.collect()
print("after collect:", f.alive)
gc.enable()

# atexit: live finalizers run at exit, newest first, unless atexit is false.
keep = [Resource(f"exit{i}") for i in range(4)]
exit_finalizers = [weakref.finalize(res, cleanup, res.name) for res in keep]
exit_finalizers[2].atexit = False
print("atexit flags:", [fin.atexit for fin in exit_finalizers])
exit_finalizers[3]()
print("end of main program")
