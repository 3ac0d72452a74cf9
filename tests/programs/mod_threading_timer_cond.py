# threading.Timer (fires, cancel, args/kwargs defaults, exception to excepthook) and
# Condition over an RLock and over a plain Lock (ownership checks, timeouts, notify order).
import threading

out = []
t = threading.Timer(0.01, out.append, ["fired"])
print(t.args, t.kwargs, t.interval, t.finished.is_set())
t.start()
t.join()
print(out, t.finished.is_set())
t = threading.Timer(5, out.append, ("never",))
t.start()
t.cancel()
t.join()
print(out)
t = threading.Timer(0.0, lambda **k: out.append(k), kwargs={"a": 1})
t.start()
t.join()
print(out)


def fail():
    raise ValueError("boom")


t = threading.Timer(0.0, fail)
saved = threading.excepthook
threading.excepthook = lambda args: print("hook:", args.exc_type.__name__, args.exc_value,
                                          args.thread is t)
t.start()
t.join()
threading.excepthook = saved
print("finished after failure:", t.finished.is_set())

c = threading.Condition()
print(c._is_owned())
with c:
    with c:
        print(c._is_owned(), c.wait(0.01), c.wait_for(lambda: 0, 0.01), c.wait_for(lambda: 7))
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.notify_all()
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2._is_owned(), c2.wait(0.01))
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
print(c2.acquire(), c2.acquire(False), c2.release())

cond = threading.Condition()
items = []


def wait_three():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        items.append("done")


ts = [threading.Thread(target=wait_three) for _ in range(3)]
for x in ts:
    x.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
for x in ts:
    x.join()
print(items)
