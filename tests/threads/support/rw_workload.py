"""The 4-writer / 2-reader attribute scenario shared by rw_plain.py and rw_slots.py (see their
docstrings): writers store fresh heap objects into attributes a, b, c of one object while
readers check every value they load was stored by some writer, in per-writer order."""

import sys
import threading
import time

from threadcheck import live_baseline, live_change

DIV = float(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(200_000 / DIV)  # stores per writer
R = int(100_000 / DIV)  # reads per reader
WRITERS = 4
READERS = 2
B = [(w + 1) << 80 for w in range(WRITERS)]


def fail(label, msg):
    print(label + ': FAIL', msg)
    sys.exit(1)


def wait_for_readers(ready):
    """Writers start storing once every reader is in its loop."""
    while len(ready) < READERS:
        time.sleep(0.0001)


def last_values(w):
    """The last value writer w stores in each attribute (that of store i is i % 3)."""
    last = {}
    for i in range(N - 1, -1, -1):
        k = i % 3
        if k not in last:
            last[k] = ((w, i), B[w] + i, float(w * 1_000_000_000 + i))[k]
        if len(last) == 3:
            break
    return last


def writer(obj, w, start, ready):
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


def check_a(v, seen):
    if v is None:
        return None
    if type(v) is not tuple or len(v) != 2:
        return 'a=%r' % (v,)
    w, i = v
    if type(w) is not int or not 0 <= w < WRITERS or type(i) is not int or not 0 <= i < N \
            or i % 3 != 0:
        return 'a=%r' % (v,)
    if i < seen[w]:
        return 'a went back: %r after index %d' % (v, seen[w])
    seen[w] = i
    return None


def check_b(v, seen):
    if v is None:
        return None
    if type(v) is not int:
        return 'b=%r' % (v,)
    w = (v >> 80) - 1
    i = v - B[w] if 0 <= w < WRITERS else -1
    if not 0 <= w < WRITERS or not 0 <= i < N or i % 3 != 1:
        return 'b=%r' % (v,)
    if i < seen[w]:
        return 'b went back: writer %d index %d after %d' % (w, i, seen[w])
    seen[w] = i
    return None


def check_c(v, seen):
    if v is None:
        return None
    if type(v) is not float or v != int(v):
        return 'c=%r' % (v,)
    n = int(v)
    w, i = divmod(n, 1_000_000_000)
    if not 0 <= w < WRITERS or not 0 <= i < N or i % 3 != 2:
        return 'c=%r' % (v,)
    if i < seen[w]:
        return 'c went back: %r after index %d' % (v, seen[w])
    seen[w] = i
    return None


def reader(obj, start, ready, violations):
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


def run(make_obj, attribute_names):
    """The workload on `make_obj()`; returns a list of problems (empty when every invariant
    holds). `attribute_names(obj)` returns the instance's attribute names, or None when they
    are not to be checked."""
    obj = make_obj()
    start = threading.Barrier(WRITERS + READERS)
    violations = []
    ready = []
    threads = [threading.Thread(target=writer, args=(obj, w, start, ready))
               for w in range(WRITERS)]
    threads += [threading.Thread(target=reader, args=(obj, start, ready, violations))
                for _ in range(READERS)]
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
    names = attribute_names(obj)
    if names is not None and sorted(names) != ['a', 'b', 'c']:
        problems.append('attributes are %r' % sorted(names))
    return problems


def main(label, make_obj, attribute_names):
    """Runs the scenario on objects from `make_obj` and prints `<label>: ok`."""
    base = live_baseline()
    problems = run(make_obj, attribute_names)
    if problems:
        fail(label, '; '.join(problems))
    del problems
    problem = live_change(base)
    if problem:
        fail(label, problem)
    print(label + ': ok')
