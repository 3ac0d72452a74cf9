# The gc module's switches and hooks: enable/disable/isenabled, collect's argument checking,
# is_tracked, gc.garbage and gc.callbacks.
import gc

print("initially enabled:", gc.isenabled())
gc.disable()
gc.disable()
print("after two disables:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())
print("enable returns:", gc.enable(), "disable returns:", gc.disable())
gc.enable()

for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("collect(%d):" % bad, e)
try:
    gc.collect("2")
except TypeError:
    print("collect('2'): TypeError")
print("collect returns int:", type(gc.collect()) is int, type(gc.collect(0)) is int,
      type(gc.collect(generation=1)) is int)


class Thing:
    pass


print("is_tracked:", gc.is_tracked(0), gc.is_tracked(12345678901234567890),
      gc.is_tracked("text"), gc.is_tracked(None), gc.is_tracked(2.5))
print("is_tracked containers:", gc.is_tracked([]), gc.is_tracked([1, [2]]),
      gc.is_tracked(Thing()), gc.is_tracked(Thing))

print("garbage:", type(gc.garbage).__name__, gc.garbage)
print("callbacks:", type(gc.callbacks).__name__, gc.callbacks)

# gc.callbacks: each callback gets ("start", info) before and ("stop", info) after a collection.
events = []


def watcher(phase, info):
    events.append((phase, sorted(info), info["generation"]))


def stats(phase, info):
    if phase == "stop":
        events.append(("stats", info["collected"] >= 2, info["uncollectable"]))


gc.disable()
gc.callbacks.append(watcher)
gc.callbacks.append(stats)
x = Thing()
x.self = x
y = Thing()
y.self = y
del x, y
gc.collect()
gc.callbacks.remove(watcher)
gc.callbacks.remove(stats)
gc.collect()
gc.enable()
for event in events:
    print("event:", event)
print("callbacks restored:", gc.callbacks)

# Callbacks run in list order, for each phase; replacing the list's contents works too.
seen = []


def first(phase, info):
    seen.append("first " + phase)


def second(phase, info):
    seen.append("second " + phase)


gc.callbacks[:] = [first, second]
gc.collect()
gc.callbacks.clear()
print("seen:", seen)
