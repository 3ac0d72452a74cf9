"""rw_plain: 4 writer threads and 2 reader threads race on the attributes of one
plain instance (no __slots__; attributes set in __init__; its __dict__ is never
asked for before the threads start).

Each writer w does N = 200,000 attribute stores, cycling over three attributes:
`a` gets fresh tuples (w, i), `b` fresh big ints B[w] + i, `c` fresh floats
w * 1e9 + i (all heap objects, so every store frees the value it replaces while
readers may be loading it). Each reader does N // 2 = 100,000 reads (cycling
over the attributes) and records a violation when it sees a value no writer
stored (or the initial None), or an older value of a writer after a newer one of
the same writer in the same attribute (per-location coherence).
Writers start once both readers are in their loop.
After join: no violations; each attribute holds the last value some writer
stored in it; the instance has exactly the attributes a, b, c; and on Strata the
live heap object count is back to its baseline once the threads have fully
exited.

Optional argument: a size divisor (e.g. `strata rw_plain.py 50` for valgrind;
0.1 makes it 10x bigger).

Expected stdout:
    plain: ok
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'support'))
from rw_workload import main  # noqa: E402


class P:
    def __init__(self):
        self.a = None
        self.b = None
        self.c = None


main('plain', P, lambda obj: vars(obj))
