"""class_replace: one thread keeps replacing attributes and methods of a class
while 3 threads read them and call the methods.

The writer runs K = 10,000 steps in ROUNDS = 50 rounds of 200; step k (1..K)
does, in this order:
    C.attr = (k,)                       a fresh tuple: a known sequence
    C.flag = X1 if k is odd else X0     alternates between two known objects
    C.kind = kind1 if k is odd else kind0   alternates between two functions
    C.method = make_method(k)           a fresh closure returning k
After each round it publishes the round number and waits until every reader has
checked the state the round left. Reader 0 uses an instance of C, reader 1 one
of a subclass D(C), reader 2 one of E(D) (lookups through the MRO). While a
round runs each reader repeatedly reads C.attr (c0), calls obj.method()
(result m), reads obj.attr and C.attr (a, c) and obj.flag, calls obj.kind(),
and checks:
  * m, a, c are in 0..K; obj.flag is X0 or X1 (identity); obj.kind() returns
    'k0' or 'k1';
  * per-location coherence: m, a and c never go back;
  * m >= c0 - 1, a >= c0, a >= m and c >= a: attr of step k is stored
    before method of step k (which comes after attr of step k - 1), and each
    read happens after the previous one.
When it sees that round r ended, a reader (after a short busy loop, so that
replaced values can be freed) must see exactly the state step k = 200 r left:
method() == k, attr == C.attr == (k,), flag is X0, kind() == 'k0' (k is even);
a stale cached lookup fails here (or reads a freed object). The main thread
checks the final state again after join. A round starts once every reader has
made one check since the previous round ended. On Strata the live heap object
count is back to its baseline afterwards.

Optional argument: a size divisor (e.g. `strata class_replace.py 10` for
valgrind; 0.1 makes it 10x bigger).

Expected stdout:
    class_replace: ok
"""

import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'support'))
from threadcheck import live_baseline, live_change  # noqa: E402

DIV = float(sys.argv[1]) if len(sys.argv) > 1 else 1
ROUNDS = 50
STEPS = max(2, int(10_000 / DIV) // ROUNDS // 2 * 2)   # even: rounds end on X0/kind0
K = ROUNDS * STEPS
READERS = 3
X0 = ('x0',)
X1 = ('x1',)


def fail(msg):
    print('class_replace: FAIL', msg)
    sys.exit(1)


def kind0(self):
    return 'k0'


def kind1(self):
    return 'k1'


def make_method(k):
    def method(self):
        return k
    return method


class C:
    attr = (0,)
    flag = X0
    kind = kind0

    def method(self):
        return 0


class D(C):
    pass


class E(D):
    pass


ORIGINAL = (C.attr, C.flag, C.kind, C.method)


def wait_until(cond, abort, what):
    """Sleeps until cond() holds; False (and sets abort) when another thread gave up or
    after 60 s."""
    deadline = time.monotonic() + 60
    while not cond():
        if abort or time.monotonic() > deadline:
            abort.append('timed out waiting for ' + what)
            return False
        time.sleep(0.0001)
    return True


def writer(start, phase, ready, acks, abort):
    completed = False
    try:
        completed = write_rounds(start, phase, ready, acks, abort)
    finally:
        if not completed:
            abort.append('writer stopped after round %d' % phase[0])


def write_rounds(start, phase, ready, acks, abort):
    start.wait()
    k = 0
    for rnd in range(1, ROUNDS + 1):
        # every reader has checked once in this round
        if not wait_until(lambda: len(ready) >= READERS * rnd, abort, 'readers'):
            return False
        for _ in range(STEPS):
            k += 1
            C.attr = (k,)
            if k % 2:
                C.flag = X1
                C.kind = kind1
            else:
                C.flag = X0
                C.kind = kind0
            C.method = make_method(k)
        phase[0] = rnd              # round rnd is complete
        if not wait_until(lambda: len(acks) >= READERS * rnd, abort, 'acks'):
            return False
    return True


def state_after(obj, k, who):
    """Problems with obj's view of the state step k left (empty when it is exact)."""
    got = (obj.method(), obj.attr, C.attr, obj.flag is X0, obj.kind())
    want = (k, (k,), (k,), True, 'k0')
    if got == want:
        return []
    return ['%s (%s instance) saw (method(), attr, C.attr, flag is X0, kind()) = %r, '
            'expected %r' % (who, type(obj).__name__, got, want)]


def reader(r, obj, start, phase, ready, acks, abort, problems):
    completed = False
    try:
        completed = read_rounds(r, obj, start, phase, ready, acks, abort, problems)
    finally:
        if not completed:
            abort.append('reader %d stopped' % r)


def read_rounds(r, obj, start, phase, ready, acks, abort, problems):
    start.wait()
    bad = []
    last_m = last_a = last_c = -1
    n = 0
    seen = 0                        # rounds checked
    while True:
        p = phase[0]
        if p > seen:
            for _ in range(3000):   # a few eval-breaker checks: deferred frees happen
                pass
            bad += state_after(obj, p * STEPS, 'reader %d after round %d' % (r, p))
            seen = p
            n = 0
            acks.append(True)
            if p == ROUNDS:
                break
            continue
        if abort:
            return False
        c0 = C.attr[0]
        m = obj.method()
        a = obj.attr[0]
        c = C.attr[0]
        f = obj.flag
        kd = obj.kind()
        n += 1
        if not (0 <= m <= K and 0 <= a <= K and 0 <= c <= K):
            bad.append('out of range: m=%r a=%r c=%r' % (m, a, c))
        if m < last_m or a < last_a or c < last_c:
            bad.append('went back: m %r->%r a %r->%r c %r->%r'
                       % (last_m, m, last_a, a, last_c, c))
        if m < c0 - 1 or a < c0 or a < m or c < a:
            bad.append('order: C.attr %r, then method() %r, attr %r, C.attr %r'
                       % (c0, m, a, c))
        if f is not X0 and f is not X1:
            bad.append('flag %r' % (f,))
        if kd != 'k0' and kd != 'k1':
            bad.append('kind() returned %r' % (kd,))
        last_m, last_a, last_c = m, a, c
        if n == 1:
            ready.append(True)
    who = 'reader %d (%s instance): ' % (r, type(obj).__name__)
    problems.extend(who + b for b in bad)
    return True


def run():
    start = threading.Barrier(READERS + 1)
    phase = [0]
    ready = []
    acks = []
    abort = []
    problems = []
    objs = [C(), D(), E()]
    threads = [threading.Thread(target=writer, args=(start, phase, ready, acks, abort))]
    threads += [threading.Thread(target=reader,
                                 args=(r, objs[r], start, phase, ready, acks, abort,
                                       problems))
                for r in range(READERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    problems += abort
    for obj in objs:
        problems += state_after(obj, K, 'main after join')
    if problems:
        fail('%d problems: %s' % (len(problems), '; '.join(problems[:5])))
    C.attr, C.flag, C.kind, C.method = ORIGINAL


def main():
    base = live_baseline()
    run()
    problem = live_change(base)
    if problem:
        fail(problem)
    print('class_replace: ok')


main()
