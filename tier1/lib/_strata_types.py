"""Strata's bundled support types written in Python: parameterized builtin types (`list[int]`,
`dict[str, int]`, ... evaluate to a GenericAlias that remembers its origin and arguments, as
`types.GenericAlias`), the frame snapshots `sys._getframe` returns, and `time.struct_time`."""


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    return repr(obj)


class GenericAlias:
    """A builtin type parameterized by arguments (PEP 585)."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if self.__args__ == ():
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __getitem__(self, item):
        raise TypeError(f'{self!r} is not a generic class')

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


class MappingProxy:
    """A read-only view of a mapping (`types.MappingProxyType`)."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__'):
            raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")


MappingProxy.__name__ = 'mappingproxy'
MappingProxy.__qualname__ = 'mappingproxy'


class frame:
    """A snapshot of a running frame, as `sys._getframe` returns it."""

    __slots__ = ('f_code', 'f_lineno', 'f_globals', 'f_locals', 'f_lasti', 'f_back',
                 'f_builtins', 'f_trace')

    def __repr__(self):
        return '<frame at %#x, file %r, line %d, code %s>' % (
            id(self), self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


def _frame_chain(infos):
    """Links frame snapshots, innermost first in `infos` ((code, line, globals, locals,
    lasti) tuples); returns the innermost."""
    import builtins
    outer = None
    for code, line, globs, locs, lasti in reversed(infos):
        f = frame()
        f.f_code = code
        f.f_lineno = line
        f.f_globals = globs
        f.f_locals = locs
        f.f_lasti = lasti
        f.f_back = outer
        f.f_builtins = builtins.__dict__
        f.f_trace = None
        outer = f
    return outer


_TIME_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
                'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value returned by gmtime(), localtime() and strptime(): a 9-item tuple whose
    items are also attributes, plus tm_zone and tm_gmtoff."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if not 9 <= len(items) <= 11:
            if len(items) < 9:
                raise TypeError('time.struct_time() takes an at least 9-sequence '
                                '(%d-sequence given)' % len(items))
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            '(%d-sequence given)' % len(items))
        self = tuple.__new__(cls, items[:9])
        self._extra = items[9:] + (None,) * (11 - len(items))
        return self

    def __repr__(self):
        body = ', '.join('%s=%r' % (name, value) for name, value in zip(_TIME_FIELDS, self))
        return 'time.struct_time(%s)' % body

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])


for _i, _name in enumerate(_TIME_FIELDS):
    setattr(struct_time, _name, property(lambda self, _i=_i: self[_i]))
del _i, _name
