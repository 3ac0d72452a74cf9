"""Higher-order functions and operations on callables (Strata's bundled implementation of the
standard `functools` module)."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


# ---------------------------------------------------------------------------
# update_wrapper / wraps


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy its name, docstring, ... and set __wrapped__."""
    absent = _MISSING
    for name in assigned:
        value = getattr(wrapped, name, absent)
        if value is not absent:
            # Some objects refuse some of these attributes; they keep their own then.
            try:
                setattr(wrapper, name, value)
            except (AttributeError, TypeError):
                pass
    for name in updated:
        mine = getattr(wrapper, name, None)
        theirs = getattr(wrapped, name, None)
        if mine is not None and theirs is not None:
            mine.update(theirs)
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
        items = iter(iterable)
    except TypeError:
        items = None
    if items is None:
        raise TypeError('reduce() arg 2 must support iteration')
    total = initial
    if total is _MISSING:
        # Without a start value the first item is the start value.
        for total in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        total = function(total, item)
    return total


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
    """A hashable key for one call. A lone int or str argument is its own key; keyword
    arguments follow a marker, and typed caches append the argument types."""
    if not kwds and not typed:
        if len(args) == 1 and type(args[0]) in _FAST_TYPES:
            return args[0]
        return args
    parts = list(args)
    if kwds:
        parts.append(_KWD_MARK)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend([type(a) for a in args])
        parts.extend([type(v) for v in kwds.values()])
    return tuple(parts)


def _lru_wrapper(user_function, maxsize, typed):
    """Build the caching wrapper for lru_cache. The cache is a dict whose insertion order is
    the recency order: a hit moves its entry to the end, and eviction drops the first."""
    table = {}
    counts = [0, 0]  # [hits, misses]
    missing = _MISSING
    fast_types = _FAST_TYPES
    call = user_function

    if maxsize == 0:
        # Nothing is ever kept: every call is a miss.
        def wrapper(*args, **kwds):
            counts[1] += 1
            return call(*args, **kwds)
    else:
        bounded = maxsize is not None

        def wrapper(*args, **kwds):
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and type(args[0]) in fast_types:
                key = args[0]
            else:
                key = args
            if bounded:
                # Taking the entry out and putting it back makes it the most recent one.
                found = table.pop(key, missing)
                if found is not missing:
                    table[key] = found
            else:
                found = table.get(key, missing)
            if found is not missing:
                counts[0] += 1
                return found
            counts[1] += 1
            found = call(*args, **kwds)
            if not bounded:
                table[key] = found
            elif key not in table:
                # (A recursive call may have stored this key meanwhile: that entry stays.)
                if len(table) >= maxsize:
                    del table[next(iter(table))]
                table[key] = found
            return found

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(counts[0], counts[1], maxsize, len(table))

    def cache_clear():
        """Clear the cache and cache statistics."""
        table.clear()
        counts[0] = counts[1] = 0

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
    if maxsize is not None:
        if isinstance(maxsize, int):
            maxsize = max(maxsize, 0)
        elif callable(maxsize) and isinstance(typed, bool):
            # Bare @lru_cache: the "size" is really the function to decorate.
            return _lru_wrapper(maxsize, 128, typed)
        else:
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


def _is_dispatch_type(cls):
    """A class, or a union of classes (int | str, typing.Union[int, str])."""
    if isinstance(cls, type):
        return True
    members = getattr(cls, '__args__', None)
    return members is not None and all(isinstance(m, type) for m in members)


def _type_from_annotation(func):
    """For a bare @register: the class named by the annotation of func's first parameter."""
    hints = getattr(func, '__annotations__', None) or {}
    params = [name for name in hints if name != 'return']
    if not params:
        raise TypeError(
            f'Invalid first argument to `register()`: {func!r}. '
            'Use either `@register(some_class)` or plain `@register` '
            'on an annotated function.'
        )
    first = params[0]
    target = hints[first]
    if isinstance(target, str):
        target = eval(target, getattr(func, '__globals__', {}))
    if not _is_dispatch_type(target):
        raise TypeError(f'Invalid annotation for {first!r}. {target!r} is not a class.')
    return target


def singledispatch(func):
    """Turn func into a generic function dispatching on the type of its first argument."""
    registry = {object: func}
    resolved = {}  # class -> implementation, rebuilt lazily after each register()

    def dispatch(cls):
        """The implementation registered for cls (or its nearest base class)."""
        impl = resolved.get(cls)
        if impl is not None:
            return impl
        impl = registry[object]
        for klass in getattr(cls, '__mro__', (cls, object)):
            if klass in registry:
                impl = registry[klass]
                break
        resolved[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls: @f.register(int), or annotated
        @f.register def _(arg: int)."""
        if not _is_dispatch_type(cls):
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            func = cls
            cls = _type_from_annotation(func)
        elif func is None:
            return lambda f: register(cls, f)
        keys = (cls,) if isinstance(cls, type) else cls.__args__
        for klass in keys:
            registry[klass] = func
        resolved.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if args:
            return dispatch(args[0].__class__)(*args, **kw)
        raise TypeError(f'{funcname} requires at least 1 positional argument')

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method: dispatches on the type of the first non-self argument."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.dispatcher = singledispatch(func)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch

        def call_chosen(*args, **kwargs):
            # Bind the implementation chosen for the first argument to obj, then call it.
            chosen = pick(args[0].__class__).__get__(obj, cls)
            return chosen(*args, **kwargs)

        call_chosen.register = self.register
        return update_wrapper(call_chosen, self.func)

    def register(self, cls, method=None):
        """Register method for cls on the underlying generic function."""
        return self.dispatcher.register(cls, func=method)


# ---------------------------------------------------------------------------
# cached_property


class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.attrname = None  # set by __set_name__ when the owner class is created

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is not None and known != name:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({known!r} and {name!r}).'
            )
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            storage = instance.__dict__
        except AttributeError:
            kind = type(instance).__name__
            raise TypeError(
                f"No '__dict__' attribute on {kind!r} instance to cache {name!r} property."
            ) from None
        # Normally the stored value shadows this descriptor, so we only get here once.
        if name in storage:
            return storage[name]
        value = storage[name] = self.func(instance)
        return value
