"""func_replace: one thread keeps replacing a function's __defaults__ and
__code__ while 3 threads call it.

f(x, y=...) starts with the code of g0 and the defaults (0,). The three code
objects come from g0, g1, g2 (same signature, no free variables, different
numbers of locals and stack sizes) and return ('g0', x, y), ('g1', x, y) and
('g2', x, y). The writer runs K = 20,000 steps; step k (1..K) does
    f.__defaults__ = (k,)          a fresh tuple: a known sequence
    f.__code__ = CODES[k % 3]
and then sets a done flag. Until they see the flag the readers call f(1),
f(2, -1) and f(x=3) and check every result is (tag, x, y) with tag one of
'g0'/'g1'/'g2' (some assigned code object ran), x the argument passed, and y
the explicit -1 or a default some step assigned (0..K); defaults seen by one
reader never go back (per-location coherence). After the flag, each reader
(and the main thread after join) must see exactly the final function:
f(1) == (TAGS[K % 3], 1, K). Each reader must have made at least one check.
On Strata the live heap object count is back to its baseline afterwards.

Optional argument: a size divisor (e.g. `strata func_replace.py 10` for valgrind;
0.1 makes it 10x bigger).

Expected stdout:
    func_replace: ok
"""

import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'support'))
from threadcheck import live_baseline, live_change  # noqa: E402

DIV = float(sys.argv[1]) if len(sys.argv) > 1 else 1
K = int(20_000 / DIV)
READERS = 3
TAGS = ('g0', 'g1', 'g2')


def fail(msg):
    print('func_replace: FAIL', msg)
    sys.exit(1)


def g0(x, y=0):
    return ('g0', x, y)


def g1(x, y=0):
    a = [x, y]
    b = a * 3
    c = len(b)
    d = (a, b, c)
    return ('g1', d[0][0], d[0][1])


def g2(x, y=0):
    t = 0
    for i in range(3):
        t += i
    return ('g2', x, y) if t == 3 else None


def f(x, y=0):
    return ('f', x, y)


CODES = (g0.__code__, g1.__code__, g2.__code__)


def writer(start, done, ready):
    start.wait()
    while len(ready) < READERS:     # every reader is in its loop
        time.sleep(0.0001)
    for k in range(1, K + 1):
        if k % 1000 == 0:
            time.sleep(0)           # lets readers in under a GIL (CPython)
        f.__defaults__ = (k,)
        f.__code__ = CODES[k % 3]
    done.append(True)


def check(r, x, explicit, last):
    """The problem with result r of a call with argument x (None when it is fine); `last`
    is the newest default seen so far."""
    if type(r) is not tuple or len(r) != 3 or r[0] not in TAGS or r[1] != x:
        return 'f(%r) returned %r' % (x, r)
    y = r[2]
    if explicit is not None:
        if y != explicit:
            return 'f(%r, %r) returned %r' % (x, explicit, r)
        return None
    if type(y) is not int or not 0 <= y <= K:
        return 'f(%r) used default %r' % (x, y)
    if y < last:
        return 'defaults went back: %r after %r' % (y, last)
    return None


def final_state():
    got = (f(1), f(2, -1), f(x=3))
    want = ((TAGS[K % 3], 1, K), (TAGS[K % 3], 2, -1), (TAGS[K % 3], 3, K))
    return [] if got == want else ['final calls gave %r, expected %r' % (got, want)]


def reader(start, done, ready, problems):
    start.wait()
    bad = []
    last = 0
    n = 0
    while not done:
        r = f(1)
        e = check(r, 1, None, last)
        if e is None:
            last = r[2]
            r = f(2, -1)
            e = check(r, 2, -1, last)
        if e is None:
            r = f(x=3)
            e = check(r, 3, None, last)
        if e is None:
            last = r[2]
        else:
            bad.append(e)
        n += 1
        if n == 1:
            ready.append(True)
    if n == 0:
        bad.append('reader made no check')
    bad += final_state()
    problems.extend(bad)


def run():
    start = threading.Barrier(READERS + 1)
    done = []
    ready = []
    problems = []
    threads = [threading.Thread(target=writer, args=(start, done, ready))]
    threads += [threading.Thread(target=reader, args=(start, done, ready, problems))
                for _ in range(READERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    problems += final_state()
    if problems:
        fail('%d problems: %s' % (len(problems), '; '.join(problems[:5])))


def main():
    f.__code__ = CODES[0]
    f.__defaults__ = (0,)
    base = live_baseline()
    run()
    f.__code__ = CODES[0]           # drops the last assigned defaults tuple
    f.__defaults__ = (0,)
    problem = live_change(base)
    if problem:
        fail(problem)
    print('func_replace: ok')


main()
