"""Open bug probe (not run by tests/threads.rs): a reader sees an old value of a class
attribute through a subclass instance while another thread assigns the attribute.

Each round a writer assigns C.val = (k,) for k in 1..2000 while two readers loop
`cv = C.val; av = obj.val` on a D or E instance (subclasses of C) and record every
read where av[0] < cv[0]. CPython never records one. Strata records one in about 1 of
150 rounds with frequent collections (gc.set_threshold(50)): the old tuple comes back
after C.val already holds the final (2000,). It needs stop-the-world pauses (it never
happens with gc.disable()), and it disappears when values released through QSBR are
never freed, so a released value is read after it was freed (or a reference count is
off by one). See the session note of 2026-12-02.

Usage: strata stale_class_attr.py [ROUNDS]   (prints the number of bad reads, then up
to 10 of them as (round, C.val[0], obj.val[0], id(C.val), id(obj.val), class))
"""

import gc
import sys
import threading

gc.set_threshold(50)
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 150


class C:
    val = (0,)


class D(C):
    pass


class E(D):
    pass


seen = []
for r in range(ROUNDS):
    done = []

    def writer():
        for k in range(1, 2001):
            C.val = (k,)
        done.append(1)

    def reader(obj):
        while not done:
            cv = C.val
            c = cv[0]
            av = obj.val
            a = av[0]
            if a < c:
                seen.append((r, c, a, id(cv), id(av), type(obj).__name__))

    ts = [threading.Thread(target=writer)]
    ts += [threading.Thread(target=reader, args=(o,)) for o in (D(), E())]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(len(seen))
for s in seen[:10]:
    print(s)
