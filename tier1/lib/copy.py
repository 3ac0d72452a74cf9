"""Shallow and deep copy operations (Strata's bundled implementation of the standard `copy`
module).

copy(x) makes a new container holding the same items; deepcopy(x) recursively copies the
items too, keeping shared and cyclic references shared in the copy (through the `memo` dict,
which maps id(original) to its copy). Classes control copying with __copy__(self) and
__deepcopy__(self, memo), or with __reduce_ex__/__reduce__, __getnewargs__, __getstate__ and
__setstate__.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Class:
    def method(self):
        pass


_BoundMethod = type(_Class().method)


# Objects of these types are never copied: they are immutable, or copying them makes no sense.
_ATOMIC = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes,
    type, range, slice, property, type(_function), type(len), type(_Class.method),
}

_IMMUTABLE_CONTAINERS = {tuple, frozenset}

# Immutable builtins whose subclasses' instances carry their value as constructor argument.
_VALUE_TYPES = (int, float, str, bytes, tuple, frozenset)

try:
    _ATOMIC.add(complex)
    _VALUE_TYPES += (complex,)
except NameError:  # not every Strata build has complex numbers
    pass


def _user_reduce(cls):
    """The __reduce_ex__ or __reduce__ a class defines itself (not object's), or None."""
    for base in cls.__mro__:
        if base is object:
            return None
        d = base.__dict__
        if '__reduce_ex__' in d:
            return '__reduce_ex__'
        if '__reduce__' in d:
            return '__reduce__'
    return None


def _slot_names(cls):
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f"_{base.__name__.lstrip('_')}{name}"
            if name not in names:
                names.append(name)
    return names


def _get_state(x, cls):
    """The state a generic object hands to its copy: x.__getstate__() if the class defines
    one, else its __dict__ (or None when empty), paired with a dict of its slots if any."""
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(cls, '__getstate__', None) is not getattr(
        object, '__getstate__', None
    ):
        return getstate()
    state = getattr(x, '__dict__', None)
    if state is not None and not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    if state is None:
        return
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _new_instance(x, cls, deep, memo):
    """A new, uninitialized object of x's class, as its __reduce_ex__(4) would create it."""
    args = ()
    kwargs = {}
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            # Instances of subclasses of immutable builtins carry their value as argument.
            for base in _VALUE_TYPES:
                if isinstance(x, base):
                    args = (base(x),)
                    break
    if deep:
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    return cls.__new__(cls, *args, **kwargs)


def _reconstruct(x, info, deep, memo):
    """Rebuild an object from a __reduce__ result: (callable, args[, state[, listitems[,
    dictitems[, state_setter]]]])."""
    if isinstance(info, str):
        return x
    # Pad the optional trailing fields so they can be unpacked in one go.
    padded = tuple(info) + (None,) * (6 - len(info))
    factory, args, state, items, pairs, setter = padded[:6]
    dup = (lambda obj: deepcopy(obj, memo)) if deep else (lambda obj: obj)
    y = factory(*dup(args))
    if deep:
        memo[id(x)] = y
    if state is not None:
        state = dup(state)
        if setter is None:
            _set_state(y, state)
        else:
            setter(y, state)
    if items is not None:
        for element in items:
            y.append(dup(element))
    if pairs is not None:
        for k, v in pairs:
            k = dup(k)
            y[k] = dup(v)
    return y


def _copy_object(x, cls, deep, memo):
    """Copy an instance of a user class (including subclasses of builtin containers)."""
    reducer = _user_reduce(cls)
    if reducer is not None:
        info = getattr(x, reducer)(4) if reducer == '__reduce_ex__' else getattr(x, reducer)()
        return _reconstruct(x, info, deep, memo)
    y = _new_instance(x, cls, deep, memo)
    if deep:
        memo[id(x)] = y
    state = _get_state(x, cls)
    if deep:
        state = deepcopy(state, memo)
    _set_state(y, state)
    # Mutable builtin bases keep their items outside __dict__.
    if isinstance(x, list):
        y.extend([deepcopy(item, memo) for item in x] if deep else x)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        y.update([deepcopy(item, memo) for item in x] if deep else x)
    elif isinstance(x, bytearray):
        y.extend(x)
    return y


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls in _IMMUTABLE_CONTAINERS:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _copy_object(x, cls, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x. memo maps id(original) to copy for the objects copied so far."""
    key = id(x)
    if memo is None:
        memo = {}
    else:
        seen = memo.get(key, _nil)
        if seen is not _nil:
            return seen
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        result = []
        memo[key] = result
        result.extend([deepcopy(item, memo) for item in x])
    elif cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        parts = [deepcopy(item, memo) for item in x]
        # Copying the items may have reached this very tuple again and copied it already.
        if key in memo:
            return memo[key]
        changed = False
        for old, new in zip(x, parts):
            if old is not new:
                changed = True
                break
        result = tuple(parts) if changed else x
    elif cls in (set, frozenset):
        result = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        result = bytearray(x)
    elif cls is _BoundMethod:
        owner = x.__self__
        result = x.__func__.__get__(deepcopy(owner, memo), type(owner))
    else:
        hook = getattr(x, '__deepcopy__', None)
        result = hook(memo) if hook is not None else _copy_object(x, cls, True, memo)
    if result is x:
        return x
    # Record the copy, and hold on to the original so its id cannot be reused while the
    # memo is alive (the list lives under the memo's own id).
    memo[key] = result
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
    return result
