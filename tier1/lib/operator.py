"""Python's operators as functions (Strata's bundled implementation of the standard `operator`
module). Every function also exists under its dunder alias: operator.__add__ is operator.add."""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem',
    'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv',
    'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
    'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
    'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg',
    'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
]

_abs = abs

# Most operators are one expression (or one augmented assignment) over the operands, and
# their docstring just shows it.  They are declared in the tables below and compiled in
# one go at import time; each becomes an ordinary module-level function (so it is as
# fast as a hand-written `def`), and each is also published under its dunder alias.

# name: the expression computed from the single operand `a`
_UNARY = {
    'not_': 'not a', 'neg': '-a', 'pos': '+a', 'inv': '~a',
}

# name: the expression computed from operands `a` and `b`
_BINARY = {
    # rich comparisons
    'lt': 'a < b', 'le': 'a <= b', 'eq': 'a == b', 'ne': 'a != b', 'ge': 'a >= b',
    'gt': 'a > b',
    # identity
    'is_': 'a is b', 'is_not': 'a is not b',
    # arithmetic and bit twiddling
    'add': 'a + b', 'sub': 'a - b', 'mul': 'a * b', 'matmul': 'a @ b', 'truediv': 'a / b',
    'floordiv': 'a // b', 'mod': 'a % b', 'pow': 'a ** b', 'lshift': 'a << b',
    'rshift': 'a >> b', 'and_': 'a & b', 'or_': 'a | b', 'xor': 'a ^ b',
    # subscription
    'getitem': 'a[b]',
}

# name: the augmented assignment applied to `a`, whose (possibly new) value is returned
_INPLACE = {
    'iadd': 'a += b', 'isub': 'a -= b', 'imul': 'a *= b', 'imatmul': 'a @= b',
    'itruediv': 'a /= b', 'ifloordiv': 'a //= b', 'imod': 'a %= b', 'ipow': 'a **= b',
    'ilshift': 'a <<= b', 'irshift': 'a >>= b', 'iand': 'a &= b', 'ior': 'a |= b',
    'ixor': 'a ^= b',
}


def _compile_tables():
    chunks = []
    for table, params, tail in ((_UNARY, 'a', 'return {}'), (_BINARY, 'a, b', 'return {}'),
                                (_INPLACE, 'a, b', '{}\n    return a')):
        for fname, code in table.items():
            chunks.append(f'def {fname}({params}):\n    "Same as {code}."\n'
                          f'    {tail.format(code)}\n')
    exec(compile(''.join(chunks), '<operator tables>', 'exec'), globals())


_compile_tables()
invert = inv


# The remaining operators need more than one expression, or read differently.

def truth(a):
    "Return True if a is true, False otherwise."
    return True if a else False


def abs(a):
    "Same as abs(a)."
    return _abs(a)


def index(a):
    "Same as a.__index__()."
    hook = getattr(type(a), '__index__', None)
    if hook is not None:
        return hook(a)
    raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


def contains(a, b):
    "Same as b in a (note reversed operands)."
    return b in a


def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c


def delitem(a, b):
    "Same as del a[b]."
    del a[b]


def _require_sequence(obj):
    # concat()/iconcat() refuse operands that cannot be indexed (numbers, sets, ...).
    if not hasattr(obj, '__getitem__'):
        raise TypeError(f"'{type(obj).__name__}' object can't be concatenated")


def concat(a, b):
    "Same as a + b, for a and b sequences."
    _require_sequence(a)
    return a + b


def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    _require_sequence(a)
    a += b
    return a


def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    return sum(1 for item in a if item is b or item == b)


def indexOf(a, b):
    "Return the first index of b in a."
    found = next((pos for pos, item in enumerate(a) if item is b or item == b), None)
    if found is None:
        raise ValueError('sequence.index(x): x not in sequence')
    return found


def _hint_hook(obj):
    """What type(obj).__length_hint__ says, or NotImplemented when there is no such
    hook or it raises TypeError."""
    hook = getattr(type(obj), '__length_hint__', None)
    if hook is None:
        return NotImplemented
    try:
        return hook(obj)
    except TypeError:
        return NotImplemented


def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj: len(obj) if it has one, else its
    __length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        estimate = _hint_hook(obj)
    if estimate is NotImplemented:
        return default
    if not isinstance(estimate, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(estimate).__name__}')
    if estimate < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return estimate


# Callable lookup objects

def _follow(obj, chain):
    for step in chain:
        obj = getattr(obj, step)
    return obj


class itemgetter:
    """itemgetter(item) or itemgetter(item1, item2, ...): a callable fetching those items
    from its operand."""

    __slots__ = ('_items',)

    def __init__(self, item, /, *items):
        self._items = (item, *items)

    def __call__(self, obj, /):
        keys = self._items
        if len(keys) != 1:
            return tuple([obj[key] for key in keys])
        return obj[keys[0]]

    def __reduce__(self):
        return type(self), self._items

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"


class attrgetter:
    """attrgetter('name') or attrgetter('a', 'b.c'): a callable fetching those attributes
    (dotted names follow the chain) from its operand."""

    __slots__ = ('_attrs', '_paths', '_plain')

    def __init__(self, attr, /, *attrs):
        names = (attr, *attrs)
        if not all(isinstance(name, str) for name in names):
            raise TypeError('attribute name must be a string')
        self._attrs = names
        self._paths = tuple([tuple(name.split('.')) for name in names])
        # Fast path: exactly one attribute, not dotted.
        self._plain = attr if len(names) == 1 and '.' not in attr else None

    def __call__(self, obj, /):
        plain = self._plain
        if plain is not None:
            return getattr(obj, plain)
        paths = self._paths
        if len(paths) == 1:
            return _follow(obj, paths[0])
        return tuple([_follow(obj, path) for path in paths])

    def __reduce__(self):
        return type(self), self._attrs

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"


class methodcaller:
    """methodcaller(name, *args, **kwargs): a callable calling operand.name(*args, **kwargs)."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name, self._args, self._kwargs = name, args, kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name), *map(repr, self._args)]
        shown += [f'{key}={value!r}' for key, value in self._kwargs.items()]
        return f"operator.methodcaller({', '.join(shown)})"


# Dunder aliases: operator.__add__ is operator.add.  A trailing underscore (and_, not_)
# is dropped; is_/is_not, truth and the helpers that are not operators have none.
def _publish_dunders(namespace):
    plain = ('abs', 'index', 'invert', 'concat', 'contains', 'setitem', 'delitem', 'iconcat',
             'call')
    for fname in (*_UNARY, *_BINARY, *_INPLACE, *plain):
        if fname not in ('is_', 'is_not'):
            namespace[f"__{fname.rstrip('_')}__"] = namespace[fname]


_publish_dunders(globals())
