"""Higher-order functions and operations on callables (Strata's bundled implementation of the
standard `functools` module)."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


# ---------------------------------------------------------------------------
# update_wrapper / wraps


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy its name, docstring, ... and set __wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    for name in updated:
        target = getattr(wrapper, name, None)
        source = getattr(wrapped, name, None)
        if target is not None and source is not None:
            target.update(source)
    # Set last, so that a __wrapped__ copied from wrapped.__dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) def wrapper(...): ..."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a recursive call for the same object (on the same
    call stack) returns fillvalue instead of recursing forever."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        wrapper.__module__ = getattr(user_function, '__module__', None)
        wrapper.__doc__ = getattr(user_function, '__doc__', None)
        wrapper.__name__ = getattr(user_function, '__name__', 'wrapper')
        wrapper.__qualname__ = getattr(user_function, '__qualname__', 'wrapper')
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def get_cache_token():
    """The current abstract-base-class cache token (Strata has no ABC registry: always 0)."""
    return 0


# ---------------------------------------------------------------------------
# reduce


def reduce(function, iterable, initial=_MISSING, /):
    """Apply function of two arguments cumulatively to the items of iterable, left to right.

    reduce(f, [a, b, c], init) == f(f(f(init, a), b), c).
    """
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for item in it:
        value = function(value, item)
    return value


# ---------------------------------------------------------------------------
# partial


class partial:
    """partial(func, *args, **keywords): func with some arguments filled in."""

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial and cls is partial:
            # Flatten partial(partial(f, 1), 2) into partial(f, 1, 2).
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__qualname__
        return f"{name}({', '.join(parts)})"


class partialmethod:
    """Like partial, but for methods: the instance is passed before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if obj is None:
            return self
        if get is not None:
            bound = get(obj, cls)
            return partial(bound, *self.args, **self.keywords)
        return partial(self.func, obj, *self.args, **self.keywords)


# ---------------------------------------------------------------------------
# lru_cache / cache


class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize): statistics of an lru_cache."""

    __slots__ = ()

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def _asdict(self):
        return {'hits': self[0], 'misses': self[1], 'maxsize': self[2], 'currsize': self[3]}

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


_CacheInfo.__name__ = 'CacheInfo'
_CacheInfo.__qualname__ = 'CacheInfo'

_KWD_MARK = object()
_FAST_TYPES = (int, str)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    if maxsize == 0:

        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:

        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:

        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                # Re-inserting moves the entry to the most recently used end.
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                if len(cache) >= maxsize:
                    # Evict the least recently used entry: the first in insertion order.
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function's results, keeping the maxsize most recent ones.

    Use as @lru_cache, @lru_cache() or @lru_cache(maxsize=None, typed=True).
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    """Simple unbounded cache: the same as lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------
# cmp_to_key / total_ordering


class _KeyWrapper:
    """What cmp_to_key returns: called with an object, it wraps that object in a KeyWrapper
    whose comparisons are answered by the comparison function."""

    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return _KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function for sorted(), min(), ..."""
    return _KeyWrapper(mycmp)


def _derive(base, negate, with_equal):
    """A comparison method computed from the `base` method of the class.

    The result is `base(self, other)`, negated when `negate`, then combined with equality:
    with_equal 'or' means "... or self == other", 'and not' means "... and self != other".
    """

    def method(self, other):
        result = getattr(type(self), base)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if with_equal == 'or':
            return result or self == other
        if with_equal == 'and not':
            return result and self != other
        return result

    return method


# For each root operation: how to derive the other three (base negated?, equality rule).
_ORDERING_RULES = {
    '__lt__': {
        '__gt__': (True, 'and not'),
        '__le__': (False, 'or'),
        '__ge__': (True, None),
    },
    '__le__': {
        '__ge__': (True, 'or'),
        '__lt__': (False, 'and not'),
        '__gt__': (True, None),
    },
    '__gt__': {
        '__lt__': (True, 'and not'),
        '__ge__': (False, 'or'),
        '__le__': (True, None),
    },
    '__ge__': {
        '__le__': (True, 'or'),
        '__gt__': (False, 'and not'),
        '__lt__': (True, None),
    },
}


def total_ordering(cls):
    """Class decorator filling in the missing rich comparisons from one that is defined."""
    roots = [
        op for op in _ORDERING_RULES if getattr(cls, op, None) is not getattr(object, op, None)
    ]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Prefer __lt__, then __le__, then __gt__, then __ge__ as the base operation.
    root = max(roots)
    for name, (negate, with_equal) in _ORDERING_RULES[root].items():
        if name not in roots:
            method = _derive(root, negate, with_equal)
            method.__name__ = name
            method.__qualname__ = f'{cls.__qualname__}.{name}'
            setattr(cls, name, method)
    return cls


# ---------------------------------------------------------------------------
# singledispatch


def _first_annotation(func):
    annotations = getattr(func, '__annotations__', None) or {}
    for name, value in annotations.items():
        if name != 'return':
            if isinstance(value, str):
                value = eval(value, getattr(func, '__globals__', {}))
            return name, value
    return None, None


def _is_dispatch_type(cls):
    return isinstance(cls, type) or (
        hasattr(cls, '__args__') and all(isinstance(a, type) for a in cls.__args__)
    )


def singledispatch(func):
    """Turn func into a generic function dispatching on the type of its first argument."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation registered for cls (or its nearest base class)."""
        impl = dispatch_cache.get(cls)
        if impl is None:
            for base in getattr(cls, '__mro__', (cls, object)):
                if base in registry:
                    impl = registry[base]
                    break
            else:
                impl = registry[object]
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls: @f.register(int), or annotated
        @f.register def _(arg: int)."""
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class.')
            func = cls
            argname, cls = _first_annotation(func)
            if argname is None:
                raise TypeError(
                    f'Invalid first argument to `register()`: {func!r}. '
                    'Use either `@register(some_class)` or plain `@register` '
                    'on an annotated function.'
                )
            if not _is_dispatch_type(cls):
                raise TypeError(
                    f'Invalid annotation for {argname!r}. {cls!r} is not a class.'
                )
        if isinstance(cls, type):
            registry[cls] = func
        else:
            for arg in cls.__args__:
                registry[arg] = func
        dispatch_cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method: dispatches on the type of the first non-self argument."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


# ---------------------------------------------------------------------------
# cached_property


class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).'
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.'
            )
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f'instance to cache {self.attrname!r} property.'
            )
            raise TypeError(msg) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            cache[self.attrname] = value
        return value
