"""Weak references and the containers built on them (Strata's bundled `weakref` module).
Owns KeyedRef, WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize;
the reference type itself lives in the native `_weakref` module (proxies are unsupported)."""

import sys as _sys
from types import GenericAlias as _GenericAlias
from types import FunctionType as _FunctionType
from collections.abc import Mapping as _Mapping
from collections.abc import MutableMapping as _MutableMapping
from collections.abc import MutableSet as _MutableSet

from _weakref import ref, getweakrefcount, getweakrefs

ReferenceType = ref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


# ---------------------------------------------------------------------------
# Proxies are not implemented: the names exist so that imports and isinstance checks work.


def proxy(object, callback=None, /):
    """Weak proxies are not supported by Strata."""
    raise NotImplementedError("weakref.proxy is not supported by strata")


class ProxyType:
    """Placeholder for the weak proxy type (never instantiated under Strata)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{cls.__module__}.{cls.__name__}' instances")


class CallableProxyType(ProxyType):
    """Placeholder for the callable weak proxy type (never instantiated under Strata)."""
    __slots__ = ()


ProxyTypes = (ProxyType, CallableProxyType)


# ---------------------------------------------------------------------------
# ref subclasses


class KeyedRef(ref):
    """A weak reference carrying an extra `key` attribute (WeakValueDictionary uses it to
    find the entry to drop when the referent dies)."""
    __slots__ = ("key",)

    def __init__(self, ob, callback, key):
        # `key` was already stored by __new__; the base only takes (ob, callback).
        ref.__init__(self, ob, callback)

    def __new__(cls, ob, callback, key):
        inst = ref.__new__(cls, ob, callback)
        inst.key = key
        return inst


class _HashedRef(ref):
    """Weak reference that remembers its referent's hash from creation time, so a dead
    reference can still be located (and dropped) inside a weak container's set or dict."""
    __slots__ = ("_hash",)

    def __new__(cls, ob, callback=None):
        inst = ref.__new__(cls, ob, callback)
        inst._hash = hash(ob)
        return inst

    def __init__(self, ob, callback=None):
        super().__init__(ob, callback)

    def __hash__(self):
        return self._hash


def _ref_or_none(obj):
    """A plain weak reference to `obj`, or None when `obj` cannot be weakly referenced."""
    try:
        return ref(obj)
    except TypeError:
        return None


class WeakMethod(ref):
    """A weak reference to a bound method: it weakly references both the method's __self__
    and its __func__, and calling it rebuilds the bound method (or returns None once either
    of them has died)."""
    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        missing = object()
        target = getattr(meth, "__self__", missing)
        function = getattr(meth, "__func__", missing)
        if target is missing or function is missing:
            raise TypeError(f"argument should be a bound method, not {type(meth)}")
        holder = []

        def part_died(_dead):
            # Either half of the method went away: report it (once) to the user callback.
            wm = holder[0]() if holder else None
            if wm is None or not wm._alive:
                return
            wm._alive = False
            if callback is not None:
                callback(wm)

        inst = ref.__new__(cls, target, part_died)
        inst._alive = True
        inst._meth_type = type(meth)
        inst._func_ref = ref(function, part_died)
        holder.append(ref(inst))
        return inst

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        target = super().__call__()
        if target is None:
            return None
        function = self._func_ref()
        if function is None:
            return None
        if type(function) is _FunctionType:
            return function.__get__(target, type(target))
        return self._meth_type(function, target)

    def _same_method(self, other):
        # Dead methods only equal themselves; live ones compare both halves.
        if self._alive and other._alive:
            return (ref.__eq__(self, other)
                    and ref.__eq__(self._func_ref, other._func_ref))
        return self is other

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return self._same_method(other)

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return not self._same_method(other)

    __hash__ = ref.__hash__


# ---------------------------------------------------------------------------
# Shared machinery of the weak containers.
#
# Each container keeps its entries in `_data` and a removal callback `_remover` that holds
# the container only weakly.  While at least one iteration over the container is running
# (`_iterating` > 0) the callback does not touch `_data` (which would break the iteration
# with "changed size during iteration"); it queues the dead reference in `_pending`, and the
# last iteration to finish drops the queued entries.

_INTERNAL_ATTRS = frozenset(("_data", "_remover", "_pending", "_iterating"))


class _WeakContainer:
    """State and bookkeeping common to WeakValueDictionary, WeakKeyDictionary and WeakSet.
    Subclasses provide `_drop(wr)` (remove the entry of a dead reference) and
    `_raw_entries()` (iterate `_data` as the container wants)."""

    def _setup(self, storage):
        self._data = storage
        self._pending = []
        self._iterating = 0
        owner = ref(self)

        def remover(dead, _owner=owner):
            container = _owner()
            if container is None:
                return
            if container._iterating:
                container._pending.append(dead)
            else:
                container._drop(dead)

        self._remover = remover

    def _apply_pending(self):
        queued, self._pending = self._pending, []
        for dead in queued:
            self._drop(dead)

    def _count_alive(self, refs):
        if not self._pending:
            return len(self._data)
        alive = 0
        for wr in refs:
            if wr() is not None:
                alive += 1
        return alive

    def clear(self):
        self._data.clear()
        self._pending = []


class _Iterating:
    """Context manager counting a running iteration over a weak container; when the last one
    ends, the removals deferred meanwhile are applied."""
    __slots__ = ("_container",)

    def __init__(self, container):
        self._container = container

    def __enter__(self):
        self._container._iterating += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        c = self._container
        c._iterating -= 1
        if c._pending and c._iterating == 0:
            c._apply_pending()
        return False


class _WeakMapping(_WeakContainer, _MutableMapping):
    """What the two weak dictionaries share: views as generators, copying, `|`, `|=`, repr
    and `X[T]`.  `_live()` yields the (key, value) pairs whose weak side is alive."""

    def keys(self):
        """Iterate over the keys of the live entries."""
        return iter(self)

    def items(self):
        """Iterate over the live entries as (key, value) pairs."""
        yield from self._live()

    def _filled_copy(self, fresh, memo=None):
        if memo is None:
            for k, v in self._live():
                fresh[k] = v
        else:
            from copy import deepcopy
            self._deep_fill(fresh, memo, deepcopy)
        return fresh

    def copy(self):
        return self._filled_copy(self._blank_base_copy())

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self._filled_copy(self.__class__(), memo)

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.__class__()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    __class_getitem__ = classmethod(_GenericAlias)


def _pairs_of(source):
    """(key, value) pairs of a mapping-like object (anything with keys()) or an iterable."""
    if isinstance(source, _Mapping) or hasattr(source, "keys"):
        return ((k, source[k]) for k in source.keys())
    return source


# ---------------------------------------------------------------------------
# WeakValueDictionary


class WeakValueDictionary(_WeakMapping):
    """Mapping whose values are held through weak references: an entry disappears once its
    value is no longer strongly referenced anywhere else."""

    def __init__(self, other=(), /, **kwargs):
        self._setup({})
        self.update(other, **kwargs)

    def _blank_base_copy(self):
        return WeakValueDictionary()

    def _drop(self, wr):
        k = wr.key
        data = self._data
        if data.get(k) is wr:
            del data[k]

    def _live(self):
        with _Iterating(self):
            for k, wr in self._data.items():
                v = wr()
                if v is None:
                    continue
                yield k, v

    def _deep_fill(self, fresh, memo, deepcopy):
        for k, v in self._live():
            fresh[deepcopy(k, memo)] = v

    def __iter__(self):
        # Only the weak reference is kept across a yield, never the value itself.
        with _Iterating(self):
            for k, wr in self._data.items():
                if wr() is None:
                    continue
                yield k

    def values(self):
        """Iterate over the values that are still alive."""
        for _key, v in self._live():
            yield v

    def _target(self, key):
        """The live value stored under `key`, or None."""
        wr = self._data.get(key)
        return None if wr is None else wr()

    def __getitem__(self, key):
        v = self._data[key]()
        if v is not None:
            return v
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = KeyedRef(value, self._remover, key)

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return self._target(key) is not None

    def __len__(self):
        return self._count_alive(self._data.values())

    def itervaluerefs(self):
        """Iterate over the weak references to the values (they may die while being used)."""
        with _Iterating(self):
            yield from self._data.values()

    def valuerefs(self):
        """Return a list of the weak references to the values."""
        return list(self._data.values())

    def get(self, key, default=None):
        v = self._target(key)
        return default if v is None else v

    def pop(self, key, *default):
        # Like CPython, extra arguments after the default are ignored here.
        wr = self._data.pop(key, None)
        v = None if wr is None else wr()
        if v is not None:
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        pop = self._data.popitem
        while True:
            k, wr = pop()
            v = wr()
            if v is not None:
                return k, v

    def setdefault(self, key, default=None):
        v = self._target(key)
        if v is not None:
            return v
        self[key] = default
        return default

    def update(self, other=(), /, **kwargs):
        data = self._data
        cb = self._remover
        for source in (_pairs_of(other), kwargs.items()):
            for k, v in source:
                data[k] = KeyedRef(v, cb, k)


# ---------------------------------------------------------------------------
# WeakKeyDictionary


class WeakKeyDictionary(_WeakMapping):
    """Mapping whose keys are held through weak references: an entry disappears once its key
    is no longer strongly referenced anywhere else.  Keys must be hashable and weakly
    referenceable; they are matched by equality, like in a dict."""

    def __init__(self, dict=None, /):
        self._setup({})
        if dict is not None:
            self.update(dict)

    def _blank_base_copy(self):
        return WeakKeyDictionary()

    def _drop(self, wr):
        self._data.pop(wr, None)

    def _live(self):
        with _Iterating(self):
            for wr, v in self._data.items():
                k = wr()
                if k is None:
                    continue
                yield k, v

    def _deep_fill(self, fresh, memo, deepcopy):
        for k, v in self._live():
            fresh[k] = deepcopy(v, memo)

    def __iter__(self):
        for k, _value in self._live():
            yield k

    def values(self):
        """Iterate over the values whose key is still alive."""
        # Only the weak reference to the key is kept across a yield.
        with _Iterating(self):
            for wr, v in self._data.items():
                if wr() is None:
                    continue
                yield v

    def __getitem__(self, key):
        try:
            return self._data[ref(key)]
        except KeyError:
            pass
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[_HashedRef(key, self._remover)] = value

    def __delitem__(self, key):
        try:
            del self._data[ref(key)]
            return
        except KeyError:
            pass
        raise KeyError(key)

    def __contains__(self, key):
        wr = _ref_or_none(key)
        return wr is not None and wr in self._data

    def __len__(self):
        return self._count_alive(self._data)

    def keyrefs(self):
        """Return a list of the weak references to the keys."""
        return list(self._data)

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError(f"pop expected at most 2 arguments, got {1 + len(default)}")
        data = self._data
        wr = ref(key)
        if wr in data:
            return data.pop(wr)
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        pop = self._data.popitem
        while True:
            wr, v = pop()
            k = wr()
            if k is not None:
                return k, v

    def setdefault(self, key, default=None):
        return self._data.setdefault(_HashedRef(key, self._remover), default)

    def update(self, dict=None, /, **kwargs):
        data = self._data
        cb = self._remover
        sources = [] if dict is None else [_pairs_of(dict)]
        if kwargs:
            sources.append(kwargs.items())
        for source in sources:
            for k, v in source:
                data[_HashedRef(k, cb)] = v


# ---------------------------------------------------------------------------
# WeakSet


class WeakSet:
    """Set whose elements are held through weak references: an element disappears once it is
    no longer strongly referenced anywhere else."""

    # The container bookkeeping is borrowed rather than inherited, so that WeakSet's MRO
    # stays (WeakSet, object).
    _setup = _WeakContainer._setup
    _apply_pending = _WeakContainer._apply_pending
    _count_alive = _WeakContainer._count_alive
    clear = _WeakContainer.clear

    def __init__(self, data=None):
        self._setup(set())
        if data is not None:
            self.update(data)

    def _drop(self, wr):
        self._data.discard(wr)

    def _refs(self, iterable):
        """The set of (callback-less) weak references to the elements of `iterable`."""
        return set(map(ref, iterable))

    def __iter__(self):
        with _Iterating(self):
            for wr in self._data:
                item = wr()
                if item is None:
                    continue
                yield item

    def __len__(self):
        return self._count_alive(self._data)

    def __contains__(self, item):
        wr = _ref_or_none(item)
        return wr is not None and wr in self._data

    def __reduce__(self):
        extra = getattr(self, "__dict__", {})
        state = {}
        for name, value in extra.items():
            if name not in _INTERNAL_ATTRS:
                state[name] = value
        return (self.__class__, (list(self),), state or None)

    def __repr__(self):
        return repr(self._data)

    def add(self, item):
        self._data.add(_HashedRef(item, self._remover))

    def copy(self):
        return self.__class__(self)

    def pop(self):
        data = self._data
        while data:
            item = data.pop()()
            if item is not None:
                return item
        raise KeyError("pop from empty WeakSet")

    def remove(self, item):
        wr = ref(item)
        if wr not in self._data:
            raise KeyError(item)
        self._data.discard(wr)

    def discard(self, item):
        self._data.discard(ref(item))

    def update(self, other):
        cb = self._remover
        add = self._data.add
        for item in other:
            add(_HashedRef(item, cb))

    def __ior__(self, other):
        self.update(other)
        return self

    def _derived(self, inplace_op, other):
        result = self.copy()
        inplace_op(result, other)
        return result

    def difference(self, other):
        return self._derived(WeakSet.__isub__, other)

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if other is self:
            self.clear()
            return self
        self._data.difference_update(self._refs(other))
        return self

    def intersection(self, other):
        return self.__class__([item for item in other if item in self])

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        wanted = self._refs(other)
        data = self._data
        doomed = [wr for wr in data if wr not in wanted]
        data.difference_update(doomed)
        return self

    def issubset(self, other):
        return self._data <= self._refs(other)

    __le__ = issubset

    def __lt__(self, other):
        return self._data < self._refs(other)

    def issuperset(self, other):
        return self._data >= self._refs(other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self._data > self._refs(other)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._data == other._data
        return NotImplemented

    __hash__ = None

    def symmetric_difference(self, other):
        return self._derived(WeakSet.__ixor__, other)

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if other is self:
            self.clear()
            return self
        data = self._data
        firsts = {}
        for item in other:
            firsts.setdefault(ref(item), item)
        cb = self._remover
        for wr, item in firsts.items():
            if wr in data:
                data.discard(wr)
            else:
                data.add(_HashedRef(item, cb))
        return self

    def union(self, other):
        return self._derived(WeakSet.__ior__, other)

    __or__ = union

    def isdisjoint(self, other):
        return not self.intersection(other)

    __class_getitem__ = classmethod(_GenericAlias)


_MutableSet.register(WeakSet)


# ---------------------------------------------------------------------------
# finalize


class _Pending:
    """Bookkeeping of one live finalizer: what to call, on which object, and its rank."""
    __slots__ = ("target", "call", "call_args", "call_kwargs", "at_exit", "seq")

    def __init__(self, target, call, call_args, call_kwargs, seq):
        self.target = target
        self.call = call
        self.call_args = call_args
        self.call_kwargs = call_kwargs
        self.at_exit = True
        self.seq = seq

    def snapshot(self):
        """(obj, func, args, kwargs) while the object lives, else None."""
        obj = self.target()
        if obj is None:
            return None
        return (obj, self.call, self.call_args, self.call_kwargs or {})


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once, when obj is
    garbage collected, when the finalizer is called explicitly, or at interpreter exit (if
    its `atexit` attribute is true; pending finalizers then run newest first)."""

    __slots__ = ()

    # Every finalizer that has not fired yet, mapped to its _Pending record (this table is
    # also what keeps the finalizer objects themselves alive).
    _registry = {}
    _counter = 0
    _dirty = False
    _hooked = False
    _exiting = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._hooked:
            cls._install_exit_hook()
        # The finalizer object doubles as the weakref callback.
        cls._registry[self] = _Pending(ref(obj, self), func, args, kwargs or None,
                                       cls._counter)
        cls._counter += 1
        cls._dirty = True

    @staticmethod
    def _install_exit_hook():
        finalize._hooked = True
        try:
            import atexit as _atexit_module
        except ImportError:
            return
        _atexit_module.register(finalize._run_at_exit)

    def __call__(self, _=None):
        """Run the callback if this finalizer is still alive (returning its result) and mark
        it dead; a dead finalizer returns None."""
        rec = finalize._registry.pop(self, None)
        if rec is None or finalize._exiting:
            return None
        return rec.call(*rec.call_args, **(rec.call_kwargs or {}))

    def detach(self):
        """Kill a live finalizer without running it, returning (obj, func, args, kwargs);
        None if it was already dead."""
        rec = finalize._registry.get(self)
        info = None if rec is None else rec.snapshot()
        if info is None or finalize._registry.pop(self, None) is None:
            return None
        return info

    def peek(self):
        """(obj, func, args, kwargs) of a live finalizer, left untouched; None if dead."""
        rec = finalize._registry.get(self)
        return None if rec is None else rec.snapshot()

    @property
    def alive(self):
        """True until the finalizer has fired or been detached."""
        return self in finalize._registry

    def _get_atexit(self):
        rec = finalize._registry.get(self)
        return False if rec is None else rec.at_exit

    def _set_atexit(self, value):
        rec = finalize._registry.get(self)
        if rec is not None:
            rec.at_exit = bool(value)

    atexit = property(_get_atexit, _set_atexit,
                      doc="Whether a still-live finalizer fires when the interpreter exits.")
    del _get_atexit, _set_atexit

    def __repr__(self):
        rec = finalize._registry.get(self)
        obj = rec.target() if rec is not None else None
        me = "<%s object at %#x; " % (type(self).__name__, id(self))
        if obj is None:
            return me + "dead>"
        return me + "for %r at %#x>" % (type(obj).__name__, id(obj))

    @classmethod
    def _exit_order(cls):
        """Live finalizers flagged for exit, the newest at the end of the list."""
        flagged = [(rec.seq, fin) for fin, rec in list(cls._registry.items()) if rec.at_exit]
        return [pair[1] for pair in sorted(flagged, key=lambda pair: pair[0])]

    @classmethod
    def _run_at_exit(cls):
        queue = []
        cls._dirty = True
        try:
            while True:
                if cls._dirty:
                    cls._dirty = False
                    queue = cls._exit_order()
                if not queue:
                    return
                fin = queue.pop()
                try:
                    fin()
                except Exception as exc:
                    _sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            # Module teardown follows: from now on finalizers stop calling their functions.
            cls._exiting = True
