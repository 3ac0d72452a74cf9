"""Bisection algorithms (Strata's bundled implementation of the standard `bisect` module).

Binary search over sorted sequences, and insertion that keeps them sorted."""

# Search contract (both directions), for the slice a[lo:hi] of an ascending sequence:
#   bisect_left  -> first i where not (a[i] < x): equal items end up on the right of i
#   bisect_right -> first i where x < a[i]:       equal items end up on the left of i
# Only `<` is ever used, with the same operand order as CPython, so user types that define
# just __lt__ behave identically. As in CPython's accelerator, hi=-1 also means "len(a)".


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Leftmost index at which x can be inserted into sorted a[lo:hi] keeping it sorted."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    if key is not None:
        while lo < hi:
            probe = (lo + hi) // 2
            if key(a[probe]) < x: lo = probe + 1
            else: hi = probe
        return lo
    while lo < hi:
        probe = (lo + hi) // 2
        if a[probe] < x: lo = probe + 1
        else: hi = probe
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Rightmost index at which x can be inserted into sorted a[lo:hi] keeping it sorted."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    if key is not None:
        while lo < hi:
            probe = (lo + hi) // 2
            if x < key(a[probe]): hi = probe
            else: lo = probe + 1
        return lo
    while lo < hi:
        probe = (lo + hi) // 2
        if x < a[probe]: hi = probe
        else: lo = probe + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted list a, in front of the items that compare equal to it."""
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted list a, behind the items that compare equal to it."""
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
