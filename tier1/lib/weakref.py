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

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _HashedRef(ref):
    """Weak reference that computes its referent's hash up front and keeps it, so that a dead
    reference can still be found (and removed) in the set/dict of a weak container."""
    __slots__ = ("_hash",)

    def __new__(cls, ob, callback=None):
        self = ref.__new__(cls, ob, callback)
        self._hash = hash(ob)
        return self

    def __init__(self, ob, callback=None):
        super().__init__(ob, callback)

    def __hash__(self):
        return self._hash


class WeakMethod(ref):
    """A weak reference to a bound method: it weakly references both the method's __self__
    and its __func__, and calling it rebuilds the bound method (or returns None once either
    of them has died)."""
    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def on_death(_, callback=callback):
            # Runs when either the instance or the function dies; report it once.
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        if type(func) is _FunctionType:
            return func.__get__(obj, type(obj))
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return (ref.__eq__(self, other)
                    and ref.__eq__(self._func_ref, other._func_ref))
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return not (ref.__eq__(self, other)
                        and ref.__eq__(self._func_ref, other._func_ref))
        return NotImplemented

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


def _make_remover(container, drop):
    """Build the weakref callback of `container`; `drop(container, wr)` removes an entry."""
    container_ref = ref(container)

    def remove(wr):
        self = container_ref()
        if self is None:
            return
        if self._iterating:
            self._pending.append(wr)
        else:
            drop(self, wr)

    return remove


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
        container = self._container
        container._iterating -= 1
        if not container._iterating and container._pending:
            container._apply_pending()
        return False


def _pending_apply(self, drop):
    pending = self._pending
    self._pending = []
    for wr in pending:
        drop(self, wr)


# ---------------------------------------------------------------------------
# WeakValueDictionary


def _drop_value_entry(self, wr):
    data = self._data
    try:
        if data[wr.key] is wr:
            del data[wr.key]
    except KeyError:
        pass


class _WeakMapping(_MutableMapping):
    """What the two weak dictionaries share: `|`, `|=`, repr and `X[T]`."""

    def __or__(self, other):
        if isinstance(other, _Mapping):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    __class_getitem__ = classmethod(_GenericAlias)


class WeakValueDictionary(_WeakMapping):
    """Mapping whose values are held through weak references: an entry disappears once its
    value is no longer strongly referenced anywhere else."""

    def __init__(self, other=(), /, **kwargs):
        self._data = {}
        self._pending = []
        self._iterating = 0
        self._remover = _make_remover(self, _drop_value_entry)
        self.update(other, **kwargs)

    def _apply_pending(self):
        _pending_apply(self, _drop_value_entry)

    def __getitem__(self, key):
        o = self._data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._data[key] = KeyedRef(value, self._remover, key)

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        try:
            wr = self._data[key]
        except KeyError:
            return False
        return wr() is not None

    def __len__(self):
        data = self._data
        if not self._pending:
            return len(data)
        return sum(1 for wr in data.values() if wr() is not None)

    def __iter__(self):
        with _Iterating(self):
            for key, wr in self._data.items():
                if wr() is not None:
                    yield key

    def keys(self):
        """Iterate over the keys whose value is still alive."""
        return iter(self)

    def values(self):
        """Iterate over the values that are still alive."""
        with _Iterating(self):
            for wr in self._data.values():
                o = wr()
                if o is not None:
                    yield o

    def items(self):
        """Iterate over the (key, value) pairs whose value is still alive."""
        with _Iterating(self):
            for key, wr in self._data.items():
                o = wr()
                if o is not None:
                    yield key, o

    def itervaluerefs(self):
        """Iterate over the weak references to the values (they may die while being used)."""
        with _Iterating(self):
            yield from self._data.values()

    def valuerefs(self):
        """Return a list of the weak references to the values."""
        return list(self._data.values())

    def get(self, key, default=None):
        try:
            wr = self._data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError(f"pop expected at most 2 arguments, got {1 + len(default)}")
        try:
            o = self._data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        data = self._data
        while True:
            key, wr = data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self._data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kwargs):
        data = self._data
        remover = self._remover
        if isinstance(other, _Mapping) or hasattr(other, "keys"):
            for key in other.keys():
                data[key] = KeyedRef(other[key], remover, key)
        else:
            for key, value in other:
                data[key] = KeyedRef(value, remover, key)
        for key, value in kwargs.items():
            data[key] = KeyedRef(value, remover, key)

    def clear(self):
        self._data.clear()
        self._pending = []

    def copy(self):
        new = WeakValueDictionary()
        with _Iterating(self):
            for key, wr in self._data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _Iterating(self):
            for key, wr in self._data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new



# ---------------------------------------------------------------------------
# WeakKeyDictionary


def _drop_key_entry(self, wr):
    self._data.pop(wr, None)


class WeakKeyDictionary(_WeakMapping):
    """Mapping whose keys are held through weak references: an entry disappears once its key
    is no longer strongly referenced anywhere else.  Keys must be hashable and weakly
    referenceable; they are matched by equality, like in a dict."""

    def __init__(self, dict=None, /):
        self._data = {}
        self._pending = []
        self._iterating = 0
        self._remover = _make_remover(self, _drop_key_entry)
        if dict is not None:
            self.update(dict)

    def _apply_pending(self):
        _pending_apply(self, _drop_key_entry)

    def __getitem__(self, key):
        try:
            return self._data[ref(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[_HashedRef(key, self._remover)] = value

    def __delitem__(self, key):
        try:
            del self._data[ref(key)]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self._data

    def __len__(self):
        data = self._data
        if not self._pending:
            return len(data)
        return sum(1 for wr in data if wr() is not None)

    def __iter__(self):
        with _Iterating(self):
            for wr in self._data:
                o = wr()
                if o is not None:
                    yield o

    def keys(self):
        """Iterate over the keys that are still alive."""
        return iter(self)

    def values(self):
        """Iterate over the values whose key is still alive."""
        with _Iterating(self):
            for wr, value in self._data.items():
                if wr() is not None:
                    yield value

    def items(self):
        """Iterate over the (key, value) pairs whose key is still alive."""
        with _Iterating(self):
            for wr, value in self._data.items():
                o = wr()
                if o is not None:
                    yield o, value

    def keyrefs(self):
        """Return a list of the weak references to the keys."""
        return list(self._data)

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError(f"pop expected at most 2 arguments, got {1 + len(default)}")
        try:
            return self._data.pop(ref(key))
        except KeyError:
            if default:
                return default[0]
            raise KeyError(key) from None

    def popitem(self):
        data = self._data
        while True:
            wr, value = data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self._data.setdefault(_HashedRef(key, self._remover), default)

    def update(self, dict=None, /, **kwargs):
        data = self._data
        remover = self._remover
        if dict is not None:
            if isinstance(dict, _Mapping) or hasattr(dict, "keys"):
                for key in dict.keys():
                    data[_HashedRef(key, remover)] = dict[key]
            else:
                for key, value in dict:
                    data[_HashedRef(key, remover)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self._data.clear()
        self._pending = []

    def copy(self):
        new = WeakKeyDictionary()
        with _Iterating(self):
            for wr, value in self._data.items():
                o = wr()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _Iterating(self):
            for wr, value in self._data.items():
                o = wr()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new



# ---------------------------------------------------------------------------
# WeakSet


def _drop_set_entry(self, wr):
    self._data.discard(wr)


class WeakSet:
    """Set whose elements are held through weak references: an element disappears once it is
    no longer strongly referenced anywhere else."""

    def __init__(self, data=None):
        self._data = set()
        self._pending = []
        self._iterating = 0
        self._remover = _make_remover(self, _drop_set_entry)
        if data is not None:
            self.update(data)

    def _apply_pending(self):
        _pending_apply(self, _drop_set_entry)

    def _refs(self, iterable):
        """The set of (callback-less) weak references to the elements of `iterable`."""
        return {ref(item) for item in iterable}

    def __iter__(self):
        with _Iterating(self):
            for wr in self._data:
                o = wr()
                if o is not None:
                    yield o

    def __len__(self):
        data = self._data
        if not self._pending:
            return len(data)
        return sum(1 for wr in data if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self._data

    def __reduce__(self):
        state = {k: v for k, v in getattr(self, "__dict__", {}).items()
                 if k not in _INTERNAL_ATTRS}
        return (self.__class__, (list(self),), state or None)

    def __repr__(self):
        return repr(self._data)

    def add(self, item):
        self._data.add(_HashedRef(item, self._remover))

    def clear(self):
        self._data.clear()
        self._pending = []

    def copy(self):
        return self.__class__(self)

    def pop(self):
        data = self._data
        while True:
            try:
                wr = data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        try:
            self._data.remove(ref(item))
        except KeyError:
            raise KeyError(item) from None

    def discard(self, item):
        self._data.discard(ref(item))

    def update(self, other):
        data = self._data
        remover = self._remover
        for item in other:
            data.add(_HashedRef(item, remover))

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if other is self:
            self.clear()
        else:
            self._data.difference_update(self._refs(other))
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        keep = self._refs(other)
        data = self._data
        for wr in [wr for wr in data if wr not in keep]:
            data.discard(wr)
        return self

    def issubset(self, other):
        return self._data.issubset(self._refs(other))

    __le__ = issubset

    def __lt__(self, other):
        return self._data < self._refs(other)

    def issuperset(self, other):
        return self._data.issuperset(self._refs(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self._data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if other is self:
            self.clear()
            return self
        items = {}
        for item in other:
            items.setdefault(ref(item), item)
        data = self._data
        for wr, item in items.items():
            if wr in data:
                data.discard(wr)
            else:
                data.add(_HashedRef(item, self._remover))
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    __class_getitem__ = classmethod(_GenericAlias)


_MutableSet.register(WeakSet)


# ---------------------------------------------------------------------------
# finalize


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once, when obj is
    garbage collected, when the finalizer is called explicitly, or at interpreter exit (if
    its `atexit` attribute is true; pending finalizers then run newest first)."""

    __slots__ = ()

    # finalizer -> _Info for every finalizer that is still alive; it also keeps them alive.
    _registry = {}
    _next_index = 0
    _registry_changed = False
    _exit_hook_installed = False
    _shutting_down = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hook_installed:
            finalize._exit_hook_installed = True
            try:
                import atexit as _atexit_module
            except ImportError:
                pass
            else:
                _atexit_module.register(finalize._run_at_exit)
        info = finalize._Info()
        # The finalizer itself is the weakref callback.
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._next_index
        finalize._next_index += 1
        finalize._registry[self] = info
        finalize._registry_changed = True

    def __call__(self, _=None):
        """If alive, mark the finalizer dead and return func(*args, **kwargs); else None."""
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutting_down:
            return info.func(*info.args, **(info.kwargs or {}))
        return None

    def detach(self):
        """If alive, mark the finalizer dead and return (obj, func, args, kwargs); else None."""
        info = finalize._registry.get(self)
        obj = None if info is None else info.weakref()
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    def peek(self):
        """If alive, return (obj, func, args, kwargs) without changing anything; else None."""
        info = finalize._registry.get(self)
        obj = None if info is None else info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    @property
    def alive(self):
        """Whether the finalizer has not run (nor been detached) yet."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at interpreter exit if still alive then."""
        info = finalize._registry.get(self)
        return info is not None and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info is not None:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = None if info is None else info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exit_candidates(cls):
        """Live finalizers with atexit set, oldest first (so pop() yields the newest)."""
        found = [(info.index, f) for f, info in list(cls._registry.items()) if info.atexit]
        found.sort(key=lambda pair: pair[0])
        return [f for _, f in found]

    @classmethod
    def _run_at_exit(cls):
        try:
            candidates = None
            while True:
                if candidates is None or cls._registry_changed:
                    cls._registry_changed = False
                    candidates = cls._exit_candidates()
                if not candidates:
                    break
                f = candidates.pop()
                try:
                    f()
                except Exception:
                    _sys.excepthook(*_sys.exc_info())
        finally:
            # From here on (module teardown), finalizers no longer call their functions.
            cls._shutting_down = True
