"""gc_cycles: 4 threads build reference cycles in a loop while another thread
runs gc.collect() over and over.

Each builder thread does ITER = 5,000 iterations; each iteration creates and
immediately abandons:
  * a pair of Nodes referencing each other;
  * a self-referencing list holding a Node, and a self-referencing dict
    holding a Node;
  * a self-referencing list and a self-referencing dict with no Node (pure
    container cycles);
  * a Node linked both ways with the newest Node of the next builder thread (a
    cycle spanning objects created by two threads; the newest Node of each
    thread is kept in a shared table until the main thread clears it).
Every Node has a unique serial and a __del__ that counts, under a lock, how
many times it ran for that serial. The collector thread calls gc.collect()
until the builders are done (at least once).
After join and a final gc.collect(): every Node's __del__ ran exactly once (so
every cycle holding one was collected, none twice), the number of finalized
Nodes equals the number created, and on Strata the live heap object count is
back to its baseline (the pure container cycles were collected too).

Optional argument: a size divisor (e.g. `strata gc_cycles.py 10` for valgrind;
0.1 makes it 10x bigger).

Expected stdout:
    gc_cycles: ok
"""

import os
import sys
import threading
import gc

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'support'))
from threadcheck import live_baseline, live_change  # noqa: E402

DIV = float(sys.argv[1]) if len(sys.argv) > 1 else 1
ITER = int(5_000 / DIV)
BUILDERS = 4
PER_ITER = 5                        # Nodes created per iteration
PER_THREAD = ITER * PER_ITER
TOTAL = BUILDERS * PER_THREAD

LOCK = threading.RLock()            # reentrant: a collection may start inside the lock
HITS = [0] * TOTAL                  # __del__ runs per serial
FINALIZED = [0]


def fail(msg):
    print('gc_cycles: FAIL', msg)
    sys.exit(1)


class Node:
    def __init__(self, serial):
        self.serial = serial
        self.other = None
        self.back = None
        self.payload = [serial, (serial, 'p')]

    def __del__(self):
        with LOCK:
            HITS[self.serial] += 1
            FINALIZED[0] += 1


def builder(t, start, newest):
    start.wait()
    peer = (t + 1) % BUILDERS
    s = t * PER_THREAD
    for _ in range(ITER):
        a = Node(s)
        b = Node(s + 1)
        a.other = b
        b.other = a
        lst = [Node(s + 2)]
        lst.append(lst)
        d = {'n': Node(s + 3)}
        d['self'] = d
        pl = [1, 2]
        pl.append(pl)
        pd = {'k': (1, 2)}
        pd['pd'] = pd
        n = Node(s + 4)
        old = newest[peer]
        if old is not None:
            n.other = old
            old.back = n
        newest[t] = n
        s += PER_ITER
    del a, b, lst, d, pl, pd, n, old


def collector(start, done, calls):
    start.wait()
    while True:
        gc.collect()
        calls[0] += 1
        if done:
            return


def run():
    start = threading.Barrier(BUILDERS + 1)
    done = []
    calls = [0]
    newest = [None] * BUILDERS
    builders = [threading.Thread(target=builder, args=(t, start, newest))
                for t in range(BUILDERS)]
    coll = threading.Thread(target=collector, args=(start, done, calls))
    coll.start()
    for t in builders:
        t.start()
    for t in builders:
        t.join()
    done.append(True)
    coll.join()
    newest[:] = [None] * BUILDERS
    gc.collect()
    gc.collect()
    problems = []
    if calls[0] < 1:
        problems.append('the collector never ran')
    if FINALIZED[0] != TOTAL:
        problems.append('%d Nodes finalized, %d created' % (FINALIZED[0], TOTAL))
    never = HITS.count(0)
    twice = TOTAL - never - HITS.count(1)
    if never or twice:
        first = [i for i in range(TOTAL) if HITS[i] != 1][:5]
        problems.append('%d Nodes never finalized, %d more than once (serials %r ...)'
                        % (never, twice, first))
    return problems


def main():
    base = live_baseline(collect=True)
    problems = run()
    if problems:
        fail('; '.join(problems))
    del problems
    problem = live_change(base, collect=True)
    if problem:
        fail(problem)
    print('gc_cycles: ok')


main()
