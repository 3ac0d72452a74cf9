"""class_attr_order: one thread assigns C.val = (k,) with k increasing while two threads
read C.val and then obj.val on instances of subclasses D(C) and E(D), with frequent
cycle collections (so the threads are often stopped and resumed).

Reads on one thread are ordered: obj.val, read after C.val, must never be older than
it, and neither may ever go backwards. After each round both reads give the last value.
Values increase across rounds too (round r stores r * STEPS + 1 ... r * STEPS + STEPS).

Optional argument: a size divisor (e.g. `strata class_attr_order.py 10` for valgrind).

Expected stdout:
    class_attr_order: ok
"""

import gc
import sys
import threading

DIV = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
ROUNDS = max(2, int(150 / DIV))
STEPS = 2000

gc.set_threshold(50)


class C:
    val = (0,)


class D(C):
    pass


class E(D):
    pass


problems = []
for r in range(ROUNDS):
    done = []
    base = r * STEPS

    def writer():
        for k in range(base + 1, base + STEPS + 1):
            C.val = (k,)
        done.append(1)

    def reader(obj):
        last = -1
        bad = []
        while not done:
            c = C.val[0]
            a = obj.val[0]
            if a < c or c < last:
                bad.append((c, a, last))
            last = a
        final = (C.val[0], obj.val[0])
        if final != (base + STEPS, base + STEPS):
            bad.append(("final", final))
        problems.extend(bad[:3])

    threads = [threading.Thread(target=writer)]
    threads += [threading.Thread(target=reader, args=(o,)) for o in (D(), E())]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

if problems:
    print("class_attr_order: FAIL %d bad reads, e.g. %r" % (len(problems), problems[:3]))
    sys.exit(1)
print("class_attr_order: ok")
