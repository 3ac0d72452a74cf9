"""Heap queue algorithm (Strata's bundled implementation of the standard `heapq` module).

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k, so
heap[0] is always the smallest item. Items are only compared with `<`.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest',
           'nsmallest', 'heappushpop']


def _check_list(heap, name):
    if not isinstance(heap, list):
        raise TypeError(f'{name}() argument 1 must be list, not {type(heap).__name__}')


def _bubble_up(heap, root, pos):
    """Move heap[pos] towards the root (not above index root) until its parent is not larger."""
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Restore the heap below pos, where heap[pos] may be too large.

    The hole at pos is moved all the way down along the smaller children, then the item is
    bubbled back up from the leaf: this needs fewer comparisons than stopping early.
    """
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap, keeping the heap invariant."""
    _check_list(heap, 'heappop')
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
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item: faster than the two calls."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify')
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
