"""Heap queue algorithm (Strata's bundled implementation of the standard `heapq` module).

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k, so
heap[0] is always the smallest item. Items are only compared with `<`.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest',
           'nsmallest', 'heappushpop']


def _check_list(heap, what):
    # `what` names the offending parameter the way CPython's messages do.
    if not isinstance(heap, list):
        raise TypeError(f'{what} must be list, not {type(heap).__name__}')


def _rise(heap, floor, pos, item):
    """Store item at pos, or higher up (but not above index floor) while it beats the parent."""
    while pos > floor:
        up = (pos - 1) >> 1
        above = heap[up]
        if not item < above:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _sink(heap, pos):
    """Restore the heap below pos, where heap[pos] may be too large.

    First the hole at pos travels to a leaf, each step taking the smaller child up into it;
    then the displaced item is placed there and rises back: on average this costs fewer
    comparisons than testing the item against the children at every level.
    """
    size = len(heap)
    top = pos
    item = heap[pos]
    while True:
        kid = 2 * pos + 1
        if kid >= size:
            break
        if kid + 1 < size and not heap[kid] < heap[kid + 1]:
            kid += 1
        heap[pos] = heap[kid]
        pos = kid
    _rise(heap, top, pos, item)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, 'heappush() argument 1')
    heap.append(item)
    _rise(heap, 0, len(heap) - 1, item)


def heappop(heap):
    """Pop and return the smallest item of heap, keeping the heap invariant."""
    _check_list(heap, 'heappop() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap size stays the same).

    The returned value may be larger than item."""
    _check_list(heap, 'heapreplace() argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item: faster than the two calls."""
    _check_list(heap, 'heappushpop() argument 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify() argument')
    for i in reversed(range(len(x) // 2)):
        _sink(x, i)


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted iterables into one sorted stream (stable: on ties, items of earlier
    iterables come first)."""
    iterators = [iter(it) for it in iterables]
    return _merge(iterators, key, reverse)


def _merge(iterators, key, reverse):
    # One [sort key, value, iterator] entry per iterable that is not exhausted, in order.
    heads = []
    for it in iterators:
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while len(heads) > 1:
        best = 0
        best_key = heads[0][0]
        for i in range(1, len(heads)):
            k = heads[i][0]
            if (best_key < k) if reverse else (k < best_key):
                best = i
                best_key = k
        entry = heads[best]
        yield entry[1]
        for value in entry[2]:
            entry[1] = value
            entry[0] = value if key is None else key(value)
            break
        else:
            del heads[best]
    if heads:
        yield heads[0][1]
        yield from heads[0][2]


def _select(n, iterable, key, largest):
    # A stable sort gives exactly the items (and the tie order) the heap-based selection of
    # CPython gives, and Strata's native sort is faster than a heap driven from Python.
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=largest)[:n]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: same as sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable: same as sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)
