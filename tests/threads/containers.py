"""containers: 8 threads fill one shared list, one shared dict and one shared set
at the same time.

Thread t (0..7) handles the keys k = t * N + i for i in range(N), N = 100,000,
in increasing order: it appends k to the list, stores d[k] = (t, i) (a fresh
tuple) and adds BIG + k (a fresh big int) to the set. Keys of different threads
are disjoint, so after join nothing may be lost or duplicated:
  * the list has exactly 8N items, its sorted contents are range(8N), and each
    thread's items appear in the order that thread appended them;
  * the dict has exactly 8N keys, the keys are range(8N) and d[k] == (t, i);
  * the set has exactly 8N items and its sorted contents are BIG + range(8N).
On Strata the live heap object count is also back to its baseline once the
containers are dropped and the threads have fully exited.

Optional argument: a size divisor (e.g. `strata containers.py 50` for valgrind;
0.1 makes it 10x bigger).

Expected stdout:
    list: ok
    dict: ok
    set: ok
    containers: ok
"""

import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'support'))
from threadcheck import live_baseline, live_change  # noqa: E402

DIV = float(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(100_000 / DIV)  # items per thread
THREADS = 8
TOTAL = THREADS * N
BIG = 1 << 70


def fail(msg):
    print('containers: FAIL', msg)
    sys.exit(1)


def worker(t, start, lst, d, s):
    start.wait()
    append = lst.append
    add = s.add
    k = t * N
    for i in range(N):
        append(k)
        d[k] = (t, i)
        add(BIG + k)
        k += 1


def check_list(lst):
    if len(lst) != TOTAL:
        return 'list: %d items, expected %d' % (len(lst), TOTAL)
    last = [-1] * THREADS
    for k in lst:
        t = k // N
        if not 0 <= t < THREADS:
            return 'list: unexpected item %r' % (k,)
        if k <= last[t]:
            return 'list: thread %d item %d after %d' % (t, k, last[t])
        last[t] = k
    if sorted(lst) != list(range(TOTAL)):
        return 'list: contents differ from range(%d)' % TOTAL
    return None


def check_dict(d):
    if len(d) != TOTAL:
        return 'dict: %d keys, expected %d' % (len(d), TOTAL)
    if sorted(d) != list(range(TOTAL)):
        return 'dict: keys differ from range(%d)' % TOTAL
    for k in range(TOTAL):
        v = d[k]
        if v != (k // N, k % N):
            return 'dict: d[%d] = %r' % (k, v)
    n = 0
    for k, v in d.items():
        n += 1
        if v != divmod(k, N):
            return 'dict: items() gave %r: %r' % (k, v)
    if n != TOTAL:
        return 'dict: items() gave %d pairs' % n
    return None


def check_set(s):
    if len(s) != TOTAL:
        return 'set: %d items, expected %d' % (len(s), TOTAL)
    if sorted(s) != [BIG + k for k in range(TOTAL)]:
        return 'set: contents differ from BIG + range(%d)' % TOTAL
    for k in range(0, TOTAL, 7):
        if BIG + k not in s:
            return 'set: %d missing by lookup' % k
    return None


def run():
    lst = []
    d = {}
    s = set()
    start = threading.Barrier(THREADS)
    threads = [threading.Thread(target=worker, args=(t, start, lst, d, s))
               for t in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name, check, obj in (('list', check_list, lst), ('dict', check_dict, d),
                             ('set', check_set, s)):
        e = check(obj)
        if e is not None:
            fail(e)
        print(name + ': ok')


def main():
    base = live_baseline()
    run()
    problem = live_change(base)
    if problem:
        fail(problem)
    print('containers: ok')


main()
