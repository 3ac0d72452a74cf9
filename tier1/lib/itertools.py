"""Iterator building blocks (Strata's bundled implementation of the standard `itertools` module).

Every iterator here is lazy: arguments are checked (and turned into iterators) when the
iterator is created, and items are produced one at a time as they are requested.
"""

import sys as _sys

_MISSING = object()


def _check_int(value, what):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


# ---------------------------------------------------------------------------
# Infinite iterators


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if isinstance(v, (str, bytes, list, tuple)) or not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f'count({self._next!r})'
        return f'count({self._next!r}, {self._step!r})'


class cycle:
    """cycle(iterable): the items of iterable, then the same items again, forever."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object[, times]): object over and over, forever or `times` times."""

    def __init__(self, object, times=_MISSING):
        self._object = object
        if times is _MISSING:
            self._left = None
        else:
            _check_int(times, 'times')
            self._left = max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._left})'


# ---------------------------------------------------------------------------
# Iterators terminating on the shortest input


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of the binary function func)."""
    it = iter(iterable)
    return _accumulate(it, func, initial)


def _accumulate(it, func, initial):
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    else:
        total = initial
    yield total
    for item in it:
        total = total + item if func is None else func(total, item)
        yield total


class chain:
    """chain(*iterables): the items of the first iterable, then of the second, and so on."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = None

    @classmethod
    def from_iterable(cls, iterables):
        """Like chain(*iterables), but iterables itself is consumed lazily."""
        obj = cls.__new__(cls)
        obj._sources = iter(iterables)
        obj._current = None
        return obj

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._current is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._current = iter(source)
            try:
                return next(self._current)
            except StopIteration:
                self._current = None


def compress(data, selectors):
    """The items of data whose corresponding selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, keep in zip(data, selectors):
        if keep:
            yield item


def dropwhile(predicate, iterable):
    """Skip items while predicate(item) is true, then produce every remaining item."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def filterfalse(predicate, iterable):
    """The items for which predicate(item) is false (or which are false if predicate is None)."""
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for item in it:
            if not item:
                yield item
    else:
        for item in it:
            if not predicate(item):
                yield item


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for runs of items with equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        # The first item not yet handed out (its key and value), looked ahead of the groups.
        self._current_key = _MISSING
        self._current_value = None
        self._target_key = _MISSING
        self._exhausted = False
        self._generation = object()

    def __iter__(self):
        return self

    def _advance(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._exhausted = True
            self._current_key = _MISSING
            self._current_value = None
            raise
        self._current_value = value
        self._current_key = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        # A new group starts: the previous group's iterator becomes empty.
        self._generation = object()
        if self._exhausted:
            raise StopIteration
        if self._current_key is _MISSING:
            self._advance()
        elif self._target_key is not _MISSING:
            # Skip whatever the caller left of the previous group.
            while self._current_key == self._target_key:
                self._advance()
        self._target_key = self._current_key
        return self._current_key, _grouper(self, self._generation)


class _grouper:
    def __init__(self, parent, generation):
        self._parent = parent
        self._generation = generation

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._generation is not self._generation or parent._exhausted:
            raise StopIteration
        if not (parent._current_key == parent._target_key):
            raise StopIteration
        value = parent._current_value
        try:
            parent._advance()
        except StopIteration:
            pass
        return value


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): a lazy slice."""
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    if stop is not None and (not isinstance(stop, int) or stop < 0 or stop > _sys.maxsize):
        if not isinstance(stop, int) or stop == -1 or stop > _sys.maxsize:
            raise ValueError(
                'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
            )
        raise ValueError(
            'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        )
    if start is None:
        start = 0
    elif not isinstance(start, int) or start < 0 or start > _sys.maxsize:
        raise ValueError(
            'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        )
    if step is None:
        step = 1
    elif not isinstance(step, int) or step <= 0 or step > _sys.maxsize:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, wanted, stop, step):
    # `consumed` items have been taken from it; the next one to produce has index `wanted`.
    consumed = 0
    while True:
        while consumed < wanted:
            try:
                next(it)
            except StopIteration:
                return
            consumed += 1
        if stop is not None and consumed >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        consumed += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def pairwise(iterable):
    """Successive overlapping pairs: pairwise('ABC') -> ('A', 'B'), ('B', 'C')."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        previous = next(it)
    except StopIteration:
        return
    for item in it:
        yield previous, item
        previous = item


def starmap(function, iterable):
    """function(*args) for each args tuple of iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable):
    """The items of iterable as long as predicate(item) is true."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


class _TeeLink:
    """One slot of the buffer shared by tee iterators: a value and the link after it."""

    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source[0])
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    """n independent iterators over the items of iterable."""
    _check_int(n, 'n')
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    # An iterator that can copy itself (such as a tee iterator) is used as the first result.
    first = it if hasattr(it, '__copy__') else _tee([it], _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    """Like zip, but runs until the longest iterable is exhausted, filling with fillvalue."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    if not iterators:
        return
    active = len(iterators)
    while True:
        row = []
        for i, it in enumerate(iterators):
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                iterators[i] = None
                active -= 1
                if active == 0:
                    return
                row.append(fillvalue)
        yield tuple(row)


# ---------------------------------------------------------------------------
# Combinatoric iterators


def product(*iterables, repeat=1):
    """Cartesian product: product('ab', range(2)) -> ('a', 0), ('a', 1), ('b', 0), ('b', 1)."""
    _check_int(repeat, 'repeat')
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(it) for it in iterables] * repeat
    return _product(pools)


def _product(pools):
    if any(len(pool) == 0 for pool in pools):
        return
    indices = [0] * len(pools)
    while True:
        yield tuple(pool[i] for pool, i in zip(pools, indices))
        # Advance the rightmost index that can move, like an odometer.
        pos = len(pools) - 1
        while pos >= 0:
            indices[pos] += 1
            if indices[pos] < len(pools[pos]):
                break
            indices[pos] = 0
            pos -= 1
        if pos < 0:
            return


def permutations(iterable, r=None):
    """Successive r-length orderings of the items of iterable (all of them by default)."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        _check_int(r, 'r')
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    chosen = list(range(r))
    used = [i < r for i in range(n)]
    while True:
        yield tuple(pool[i] for i in chosen)
        # Find the rightmost position whose index can be raised to a larger unused one.
        pos = r - 1
        while pos >= 0:
            current = chosen[pos]
            used[current] = False
            candidate = current + 1
            while candidate < n and used[candidate]:
                candidate += 1
            if candidate < n:
                chosen[pos] = candidate
                used[candidate] = True
                # Refill the positions after it with the smallest unused indices.
                k = 0
                for p in range(pos + 1, r):
                    while used[k]:
                        k += 1
                    chosen[p] = k
                    used[k] = True
                break
            pos -= 1
        if pos < 0:
            return


def combinations(iterable, r):
    """r-length subsequences of the items of iterable, in order, without repeated positions."""
    pool = tuple(iterable)
    _check_int(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    while True:
        yield tuple(pool[i] for i in indices)
        pos = r - 1
        while pos >= 0 and indices[pos] == pos + n - r:
            pos -= 1
        if pos < 0:
            return
        indices[pos] += 1
        for p in range(pos + 1, r):
            indices[p] = indices[p - 1] + 1


def combinations_with_replacement(iterable, r):
    """r-length subsequences of the items of iterable where positions may repeat."""
    pool = tuple(iterable)
    _check_int(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    indices = [0] * r
    while True:
        yield tuple(pool[i] for i in indices)
        pos = r - 1
        while pos >= 0 and indices[pos] == n - 1:
            pos -= 1
        if pos < 0:
            return
        value = indices[pos] + 1
        for p in range(pos, r):
            indices[p] = value
