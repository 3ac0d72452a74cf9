"""materialize: two threads call vars(o) on the same fresh instances (the first call
materializes each instance's __dict__ from its inline attribute values) while a third
thread stores o.b = 'new' on each, and a fourth reads o.a.

Checks: both vars() callers got the same dict object for every instance; no attribute
was lost (a == 1 everywhere, b == 'new' everywhere); the reader never got an
AttributeError or a wrong value.

Optional argument: a size divisor (e.g. `strata materialize.py 20` for valgrind).

Expected stdout:
    materialize: ok
"""

import sys
import threading

DIV = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
N = max(1000, int(100_000 / DIV))


class P:
    def __init__(self):
        self.a = 1
        self.b = 2


objs = [P() for _ in range(N)]
got = [[None] * N, [None] * N]
bad_reads = []
barrier = threading.Barrier(4)


def materialize(i):
    g = got[i]
    barrier.wait()
    for j, o in enumerate(objs):
        g[j] = vars(o)


def store():
    barrier.wait()
    for o in objs:
        o.b = "new"


def read():
    barrier.wait()
    for o in objs:
        try:
            if o.a != 1:
                bad_reads.append(o.a)
        except AttributeError as e:
            bad_reads.append(repr(e))


threads = [threading.Thread(target=materialize, args=(i,)) for i in range(2)]
threads += [threading.Thread(target=store), threading.Thread(target=read)]
for t in threads:
    t.start()
for t in threads:
    t.join()

problems = []
different = sum(1 for j in range(N) if got[0][j] is not got[1][j])
if different:
    problems.append("%d instances got two different __dict__ objects" % different)
lost_a = sum(1 for o in objs if vars(o).get("a") != 1)
lost_b = sum(1 for o in objs if vars(o).get("b") != "new")
if lost_a or lost_b:
    problems.append("lost attributes: a %d, b %d" % (lost_a, lost_b))
if bad_reads:
    problems.append("bad reads: %d, e.g. %r" % (len(bad_reads), bad_reads[0]))
if problems:
    print("materialize: FAIL " + "; ".join(problems))
    sys.exit(1)
print("materialize: ok")
