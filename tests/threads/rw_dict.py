"""rw_dict: 4 writer threads and 2 reader threads race on the attributes of one
instance whose __dict__ was materialized before the threads start (the instance
is created empty and its attributes are put in through `obj.__dict__`).

Each writer w does N = 200,000 stores, cycling over three attributes: `a` gets
fresh tuples (w, i), `b` fresh big ints B[w] + i, `c` fresh floats w * 1e9 + i
(all heap objects, so every store frees the value it replaces while readers may
be loading it). Writers 0-2 store with `obj.x = v`, writer 3 with
`obj.__dict__['x'] = v` (through the dict it got before starting). Each reader
does N // 2 = 100,000 reads cycling over the attributes: reader 0 with `obj.x`,
reader 1 with `d['x']` on the instance dict. A reader records a violation when
it sees a value no writer stored (or the initial None), or an older value of a
writer after a newer one of the same writer in the same attribute (per-location
coherence).
Writers start once both readers are in their loop.
After join: no violations; each attribute holds the last value some writer
stored in it; `obj.__dict__` is still the same dict and has exactly the keys a,
b, c; and on Strata the live heap object count is back to its baseline once the
threads have fully exited.

Optional argument: a size divisor (e.g. `strata rw_dict.py 50` for valgrind;
0.1 makes it 10x bigger).

Expected stdout:
    dict: ok
"""

import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'support'))
from threadcheck import live_baseline, live_change  # noqa: E402
from rw_workload import wait_for_readers, last_values, check_a, check_b, check_c  # noqa: E402

DIV = float(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(200_000 / DIV)  # stores per writer
R = int(100_000 / DIV)  # reads per reader
WRITERS = 4
READERS = 2
B = [(w + 1) << 80 for w in range(WRITERS)]


def fail(msg):
    print('dict: FAIL', msg)
    sys.exit(1)


class P:
    pass


def writer(obj, w, start, ready):
    if w == WRITERS - 1:
        return dict_writer(obj.__dict__, w, start, ready)
    start.wait()
    wait_for_readers(ready)
    base = B[w]
    fbase = w * 1_000_000_000
    i = 0
    while i < N:
        obj.a = (w, i)
        i += 1
        if i < N:
            obj.b = base + i
            i += 1
        if i < N:
            obj.c = float(fbase + i)
            i += 1


def dict_writer(d, w, start, ready):
    start.wait()
    wait_for_readers(ready)
    base = B[w]
    fbase = w * 1_000_000_000
    i = 0
    while i < N:
        d['a'] = (w, i)
        i += 1
        if i < N:
            d['b'] = base + i
            i += 1
        if i < N:
            d['c'] = float(fbase + i)
            i += 1


def reader(obj, start, ready, violations):
    if type(obj) is dict:
        return dict_reader(obj, start, ready, violations)
    start.wait()
    sa = [-1] * WRITERS
    sb = [-1] * WRITERS
    sc = [-1] * WRITERS
    bad = []
    for j in range(R):
        k = j % 3
        if k == 0:
            e = check_a(obj.a, sa)
        elif k == 1:
            e = check_b(obj.b, sb)
        else:
            e = check_c(obj.c, sc)
        if e is not None:
            bad.append(e)
        if j == 0:
            ready.append(True)
    violations.extend(bad)


def dict_reader(d, start, ready, violations):
    start.wait()
    sa = [-1] * WRITERS
    sb = [-1] * WRITERS
    sc = [-1] * WRITERS
    bad = []
    for j in range(R):
        k = j % 3
        if k == 0:
            e = check_a(d['a'], sa)
        elif k == 1:
            e = check_b(d['b'], sb)
        else:
            e = check_c(d['c'], sc)
        if e is not None:
            bad.append(e)
        if j == 0:
            ready.append(True)
    violations.extend(bad)


def run():
    """The workload; returns a list of problems (empty when every invariant holds)."""
    obj = P()
    d = obj.__dict__
    d['a'] = None
    d['b'] = None
    d['c'] = None
    start = threading.Barrier(WRITERS + READERS)
    violations = []
    ready = []
    threads = [threading.Thread(target=writer, args=(obj, w, start, ready))
               for w in range(WRITERS)]
    threads += [threading.Thread(target=reader, args=(src, start, ready, violations))
                for src in (obj, d)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    problems = violations[:5]
    if violations:
        problems.append('%d violations' % len(violations))
    finals = [last_values(w) for w in range(WRITERS)]
    for k, name in enumerate('abc'):
        v = getattr(obj, name)
        if not any(v == f[k] and type(v) is type(f[k]) for f in finals):
            problems.append('final %s=%r is no writer\'s last value' % (name, v))
    if obj.__dict__ is not d:
        problems.append('obj.__dict__ was replaced')
    if sorted(vars(obj)) != ['a', 'b', 'c']:
        problems.append('attributes are %r' % sorted(vars(obj)))
    return problems


def main():
    base = live_baseline()
    problems = run()
    if problems:
        fail('; '.join(problems))
    del problems
    problem = live_change(base)
    if problem:
        fail(problem)
    print('dict: ok')


main()
