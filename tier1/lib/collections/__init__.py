"""Container datatypes (Strata's bundled implementation of the standard `collections` module):
deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString.
"""

import sys as _sys
from collections import abc as _abc

__all__ = [
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
    "defaultdict", "deque", "namedtuple",
]


def _recursive_repr(fill="..."):
    """Decorator for __repr__ methods that returns `fill` for a recursive call on the same object."""

    def decorate(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fill
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        wrapper.__name__ = getattr(user_function, "__name__", "__repr__")
        wrapper.__qualname__ = getattr(user_function, "__qualname__", "__repr__")
        return wrapper

    return decorate


################################################################################
### deque
################################################################################

class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    # Items live in self._buf[self._head:]; the free prefix makes appendleft and popleft
    # amortized O(1).
    __slots__ = ("_buf", "_head", "_maxlen", "__weakref__")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = []
        self._head = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _items(self):
        return self._buf[self._head:] if self._head else self._buf

    def _compact(self):
        if self._head:
            del self._buf[:self._head]
            self._head = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        if self._maxlen == 0:
            return
        self._buf.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        if self._maxlen == 0:
            return
        if self._head == 0:
            grow = max(8, len(self._buf))
            self._buf[:0] = [None] * grow
            self._head = grow
        self._head -= 1
        self._buf[self._head] = x
        if self._maxlen is not None and len(self) > self._maxlen:
            self.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self) == 0:
            raise IndexError("pop from an empty deque")
        x = self._buf.pop()
        if len(self._buf) == self._head:
            self._buf.clear()
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self) == 0:
            raise IndexError("pop from an empty deque")
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head += 1
        if self._head == len(self._buf):
            self._buf.clear()
            self._head = 0
        elif self._head > 32 and self._head * 2 > len(self._buf):
            self._compact()
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._buf.clear()
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self._items(), self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        return self._items().count(value)

    def index(self, value, start=0, stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        items = self._items()
        n = len(items)
        if stop is None:
            stop = n
        try:
            return items.index(value, start, stop)
        except ValueError:
            raise ValueError(f"{value!r} is not in deque") from None

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._compact()
        self._buf.insert(index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        self._compact()
        try:
            self._buf.remove(value)
        except ValueError:
            raise ValueError(f"{value!r} is not in deque") from None

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._compact()
        self._buf.reverse()

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        length = len(self)
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        items = self._items()
        self._buf = items[-n:] + items[:-n]
        self._head = 0

    def _index(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError(
                f"sequence index must be integer, not '{type(i).__name__}'")
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._buf[self._index(i)]

    def __setitem__(self, i, value):
        self._buf[self._index(i)] = value

    def __delitem__(self, i):
        j = self._index(i)
        del self._buf[j]

    def __len__(self):
        return len(self._buf) - self._head

    def __bool__(self):
        return len(self._buf) > self._head

    def __iter__(self):
        return iter(self._items())

    def __reversed__(self):
        return reversed(self._items())

    def __contains__(self, value):
        return value in self._items()

    @_recursive_repr("[...]")
    def __repr__(self):
        items = repr(self._items())
        if self._maxlen is None:
            return f"{type(self).__name__}({items})"
        return f"{type(self).__name__}({items}, maxlen={self._maxlen})"

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return self._items(), other._items()

    def __eq__(self, other):
        pair = self._cmp_items(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._cmp_items(other)
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._cmp_items(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._cmp_items(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._cmp_items(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._cmp_items(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.__class__((), self._maxlen)
        new.extend(self._items() * n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * n
        self.clear()
        self.extend(items)
        return self

    def __reduce__(self):
        return (type(self), (list(self), self._maxlen))

    def __class_getitem__(cls, item):
        return cls


_abc.MutableSequence.register(deque)


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    @_recursive_repr("...")
    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            fr = "None"
        elif isinstance(factory, type):
            fr = repr(factory)
        else:
            fr = repr(factory)
        return f"{type(self).__name__}({fr}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    # Plain dicts keep insertion order; OrderedDict adds move_to_end, popitem(last=) and
    # order-sensitive equality between OrderedDicts.

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict) or hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Put key last (or first when last is false), keeping its value; KeyError
when the key is absent."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return the newest (key, value) pair, or the oldest when last is
false; KeyError when empty."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    __marker = object()

    def pop(self, key, default=__marker):
        if default is self.__marker:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def copy(self):
        """A shallow copy of the same class."""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance with each item of iterable mapped to value, in order."""
        return _filled(cls(), iterable, value)

    @_recursive_repr("...")
    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self.items())!r})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __reduce__(self):
        return (type(self), (), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### namedtuple
################################################################################

_iskeyword_set = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
])


def _field_getter(index, doc):
    return property(lambda self: self[index], doc=doc)


def _nt_field_list(spec, rename):
    """The field names as a list of str. A string spec is split on commas and white
    space. With rename, each unusable name becomes "_<position>"."""
    if isinstance(spec, str):
        spec = spec.replace(",", " ").split()
    names = [str(item) for item in spec]
    if rename:
        earlier = set()
        for pos, name in enumerate(names):
            unusable = (name in earlier or name[:1] == "_"
                        or name in _iskeyword_set or not name.isidentifier())
            earlier.add(name)
            if unusable:
                names[pos] = f"_{pos}"
    return names


def _nt_check_names(typename, names, rename):
    """Raise ValueError naming the first unusable name. Every name (the type's first)
    is checked for being a non-keyword identifier before any field is checked for a
    leading underscore or for repeating an earlier field."""
    for name in (typename, *names):
        if not name.isidentifier():
            complaint = "must be valid identifiers"
        elif name in _iskeyword_set:
            complaint = "cannot be a keyword"
        else:
            continue
        raise ValueError(f"Type names and field names {complaint}: {name!r}")
    first_at = {}
    for pos, name in enumerate(names):
        if not rename and name[:1] == "_":
            complaint = "Field names cannot start with an underscore"
        elif first_at.setdefault(name, pos) != pos:
            complaint = "Encountered duplicate field name"
        else:
            continue
        raise ValueError(f"{complaint}: {name!r}")


def _caller_module(depth):
    """__name__ of the module running `depth` frames above our caller (None when the
    interpreter cannot tell)."""
    try:
        return _sys._getframe(depth + 1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass called `typename` whose items can also be read as
    attributes named by `field_names` (a sequence of names, or one string of names
    separated by commas or spaces).

    >>> Pair = namedtuple('Pair', 'left right')
    >>> Pair(1, right=2)
    Pair(left=1, right=2)
    """
    fields = _nt_field_list(field_names, rename)
    typename = str(typename)
    if hasattr(_sys, "intern"):
        typename = _sys.intern(typename)
    _nt_check_names(typename, fields, rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        # Defaults belong to the rightmost fields.
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    fields = tuple(fields)
    count = len(fields)
    params = ", ".join(fields)
    # A lone field keeps a trailing comma, in the tuple display and in the docs.
    packed = params + "," if count == 1 else params
    item_fmt = ", ".join([name + "=%r" for name in fields])
    tuple_new = tuple.__new__

    # __new__ is compiled so that it takes the fields as real named parameters.
    scope = {"_tuple_new": tuple_new, "__builtins__": __builtins__}
    exec(f"def __new__(_cls, {params}):\n    return _tuple_new(_cls, ({packed}))\n", scope)
    __new__ = scope["__new__"]
    __new__.__doc__ = f"Create new instance of {typename}({packed})"
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        made = tuple_new(cls, iterable)
        if len(made) == count:
            return made
        raise TypeError(f"Expected {count} arguments, got {len(made)}")

    index_of = {name: pos for pos, name in enumerate(fields)}

    def _replace(self, /, **kwds):
        values = list(self)
        strays = []
        for name, value in kwds.items():
            pos = index_of.get(name)
            if pos is None:
                strays.append(name)
            else:
                values[pos] = value
        made = self._make(values)
        if strays:
            raise ValueError(f"Got unexpected field names: {strays!r}")
        return made

    def __repr__(self):
        return self.__class__.__name__ + "(" + item_fmt % tuple(self) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = f"Make a new {typename} object from a sequence or iterable"
    _replace.__doc__ = f"Return a new {typename} object replacing specified fields with new values"
    __repr__.__doc__ = "Return a nicely formatted representation string"
    _asdict.__doc__ = "Return a new dict which maps field names to their values."
    __getnewargs__.__doc__ = "Return self as a plain tuple.  Used by copy and pickle."

    namespace = {
        "__doc__": f"{typename}({packed})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
    }
    for fn in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = f"{typename}.{fn.__name__}"
        namespace[fn.__name__] = classmethod(fn) if fn is _make else fn
    namespace["__match_args__"] = fields
    for pos, name in enumerate(fields):
        namespace[name] = _field_getter(pos, f"Alias for field number {pos}")

    cls = type(typename, (tuple,), namespace)
    if module is None:
        module = _caller_module(1)
    if module is not None:
        cls.__module__ = module
    return cls


################################################################################
### Counter
################################################################################

def _count_of(item):
    return item[1]


# The multiset operations. Each builds a plain Counter holding only positive
# counts: first for the elements of the left operand, then for those only the
# right operand has.

def _with_positive_extras(out, a, b):
    """out, after taking b's positive counts for the elements that a lacks."""
    for elem, n in b.items():
        if elem not in a and n > 0:
            out[elem] = n
    return out


def _with_negated_extras(out, a, b):
    """out, after taking b's negative counts, sign flipped, for the elements a lacks."""
    for elem, n in b.items():
        if elem not in a and n < 0:
            out[elem] = 0 - n
    return out


def _positive_part(out, counts):
    """out, after taking the positive counts of counts."""
    for elem, n in counts.items():
        if n > 0:
            out[elem] = n
    return out


def _negated_part(out, counts):
    """out, after taking the negative counts of counts, sign flipped."""
    for elem, n in counts.items():
        if n < 0:
            out[elem] = 0 - n
    return out


def _sum_counts(a, b):
    out = Counter()
    for elem, n in a.items():
        t = n + b[elem]
        if t > 0:
            out[elem] = t
    return _with_positive_extras(out, a, b)


def _difference_counts(a, b):
    out = Counter()
    for elem, n in a.items():
        t = n - b[elem]
        if t > 0:
            out[elem] = t
    return _with_negated_extras(out, a, b)


def _max_counts(a, b):
    out = Counter()
    for elem, n in a.items():
        m = b[elem]
        if n < m:
            n = m
        if n > 0:
            out[elem] = n
    return _with_positive_extras(out, a, b)


def _min_counts(a, b):
    out = Counter()
    for elem, n in a.items():
        m = b[elem]
        if not n < m:
            n = m
        if n > 0:
            out[elem] = n
    return out


def _by_count_if_orderable(counter):
    """The counter as a plain dict, most common first when the counts can be ordered."""
    try:
        return dict(counter.most_common())
    except TypeError:
        return dict(counter)


class Counter(dict):
    """A dict mapping hashable elements to their counts (a bag, or multiset). An
    element that is not present counts as zero, and the operators + - | & build
    new counters that keep only the positive counts.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Elements never counted have a count of zero."""
        return 0

    def total(self):
        """All the counts added together."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs from the highest count down, equal counts in the order
        first met; just the first n pairs when n is given.
        """
        ranked = sorted(self.items(), key=_count_of, reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Iterate over the elements, each repeated as often as its count (an element
        whose count is below one is skipped)."""
        for elem, times in self.items():
            for _ in range(times):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts: a mapping's values are added to the counts of its keys, and any
        other iterable adds one for every item it yields."""
        if iterable is None:
            pass
        elif not (isinstance(iterable, dict) or isinstance(iterable, _abc.Mapping)):
            get = self.get
            for elem in iterable:
                self[elem] = get(elem, 0) + 1
        elif self:
            get = self.get
            for elem, n in iterable.items():
                self[elem] = n + get(elem, 0)
        else:
            dict.update(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take counts away, the opposite of update(); counts may fall to zero or below."""
        if iterable is not None:
            if isinstance(iterable, dict) or isinstance(iterable, _abc.Mapping):
                taken = iterable.items()
            else:
                taken = ((elem, 1) for elem in iterable)
            get = self.get
            for elem, n in taken:
                self[elem] = get(elem, 0) - n
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy, of the same class."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Deleting an element that is not present does nothing."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + "()"
        return "%s(%r)" % (self.__class__.__name__, _by_count_if_orderable(self))

    # Comparisons look at every element of either counter, this one's first, and
    # read a missing count as zero; they stop at the first element that fails.

    def __eq__(self, other):
        if isinstance(other, Counter):
            for elem in (*self, *other):
                if not self[elem] == other[elem]:
                    return False
            return True
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __le__(self, other):
        """Inclusion: no element is counted more often here than in other."""
        if isinstance(other, Counter):
            for elem in (*self, *other):
                if not self[elem] <= other[elem]:
                    return False
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self <= other and self != other
        return NotImplemented

    def __ge__(self, other):
        """Inclusion the other way round: no element is counted less often here."""
        if isinstance(other, Counter):
            for elem in (*self, *other):
                if not self[elem] >= other[elem]:
                    return False
            return True
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self >= other and self != other
        return NotImplemented

    __hash__ = None

    # Binary operators: a plain Counter of the positive results, this counter's
    # elements first, then those only the other has.

    def __add__(self, other):
        """Counts added together."""
        if isinstance(other, Counter):
            return _sum_counts(self, other)
        return NotImplemented

    def __sub__(self, other):
        """Other's counts taken from these."""
        if isinstance(other, Counter):
            return _difference_counts(self, other)
        return NotImplemented

    def __or__(self, other):
        """Union: the larger of the two counts (this one's when they tie)."""
        if isinstance(other, Counter):
            return _max_counts(self, other)
        return NotImplemented

    def __and__(self, other):
        """Intersection: the smaller of the two counts (other's when they tie)."""
        if isinstance(other, Counter):
            return _min_counts(self, other)
        return NotImplemented

    def __pos__(self):
        """Only the positive counts: what adding this to an empty Counter gives."""
        return _positive_part(Counter(), self)

    def __neg__(self):
        """The negative counts made positive: what taking this from an empty Counter gives."""
        return _negated_part(Counter(), self)

    # In-place operators change this counter, then drop what is not positive.

    def _keep_positive(self):
        """Remove the elements whose count is zero or below; return self."""
        for elem in [e for e, n in self.items() if not n > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, n in other.items():
            self[elem] += n
        return self._keep_positive()

    def __ior__(self, other):
        for elem, n in other.items():
            if n > self[elem]:
                self[elem] = n
        return self._keep_positive()

    def __isub__(self, other):
        for elem, n in other.items():
            self[elem] -= n
        return self._keep_positive()

    def __iand__(self, other):
        """Lower each count to other's count for the element where that is smaller."""
        for elem, n in self.items():
            cap = other[elem]
            if cap < n:
                self[elem] = cap
        return self._keep_positive()


################################################################################
### ChainMap
################################################################################

def _chain_keys(maps):
    """A dict whose keys are those of all the maps, in ChainMap iteration order: the
    last map's keys come first, and each key stands where it is first met."""
    seen = {}
    for mapping in reversed(maps):
        for key in mapping:
            seen[key] = None
    return seen


def _first_map_miss(key):
    return KeyError(f"Key not found in the first mapping: {key!r}")


class ChainMap(_abc.MutableMapping):
    """Several mappings searched in turn as if they were one. Lookups try maps[0],
    then maps[1], and so on; writes, deletions and pops only touch maps[0].
    """

    def __init__(self, *maps):
        """Chain the given mappings, first searched first; with none, chain one new
        empty dict."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    def __iter__(self):
        return iter(_chain_keys(self.maps))

    def __len__(self):
        return len(_chain_keys(self.maps))

    @_recursive_repr()
    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, ", ".join([repr(m) for m in self.maps]))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A chain of one dict made by dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new chain (same class) whose first map is a copy of maps[0]; the other
        maps are shared."""
        rest = self.maps[1:]
        return self.__class__(self.maps[0].copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new chain with m (a new dict when None; kwargs are added to it) in front
        of the maps of this one."""
        front = kwargs if m is None else m
        if kwargs and front is not kwargs:
            front.update(kwargs)
        return self.__class__(front, *self.maps)

    @property
    def parents(self):
        """A new chain of every map but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        front = self.maps[0]
        try:
            del front[key]
        except KeyError:
            raise _first_map_miss(key)

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value (or the default, if given)."""
        front = self.maps[0]
        try:
            return front.pop(key, *args)
        except KeyError:
            raise _first_map_miss(key)

    def popitem(self):
        """Remove and return a (key, value) pair of maps[0]; KeyError when it is empty."""
        front = self.maps[0]
        try:
            return front.popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def clear(self):
        """Empty maps[0]; the other maps are left alone."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _abc.Mapping):
            joined = self.copy()
            joined.maps[0].update(other)
            return joined
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _abc.Mapping):
            merged = dict(other)
            for mapping in self.maps[::-1]:
                merged.update(mapping)
            return self.__class__(merged)
        return NotImplemented


################################################################################
### UserDict, UserList, UserString
################################################################################

def _twin(obj, data):
    """A new instance of obj's class with obj's attributes but `data` as its data,
    made without calling __init__ (this is how copy.copy treats these wrappers)."""
    cls = obj.__class__
    twin = cls.__new__(cls)
    state = twin.__dict__
    state.update(obj.__dict__)
    state["data"] = data
    return twin


def _filled(made, keys, value):
    """`made` after made[key] = value for each key in turn (the fromkeys helpers)."""
    store = made.__setitem__
    for key in keys:
        store(key, value)
    return made


def _dict_operand(other):
    """The dict behind a UserDict or dict operand; None for anything else."""
    if isinstance(other, UserDict):
        return other.data
    return other if isinstance(other, dict) else None


class UserDict(_abc.MutableMapping):
    """A dict-like class whose items are kept in a real dict, `self.data`; meant
    for subclassing (a subclass may define __missing__).
    """

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    # Items; a missing key goes to the subclass's __missing__ when it has one.

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        cls = self.__class__
        if not hasattr(cls, "__missing__"):
            raise KeyError(key)
        return cls.__missing__(self, key)

    def __contains__(self, key):
        return key in self.data

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    # The | operators take a dict or UserDict and produce this class.

    def __or__(self, other):
        plain = _dict_operand(other)
        if plain is None:
            return NotImplemented
        return self.__class__(self.data | plain)

    def __ror__(self, other):
        plain = _dict_operand(other)
        if plain is None:
            return NotImplemented
        return self.__class__(plain | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    # Presentation and copies.

    def __repr__(self):
        return repr(self.data)

    def __copy__(self):
        return _twin(self, self.data.copy())

    def copy(self):
        """A shallow copy; a subclass's copy is refilled through its own __setitem__."""
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        twin = _twin(self, {})
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance with each item of iterable mapped to value."""
        return _filled(cls(), iterable, value)


def _list_operand(other):
    """The list behind a UserList, or other itself."""
    return other.data if isinstance(other, UserList) else other


def _as_list(other):
    """A list to concatenate with: a UserList's data, a list as is, else list(other)."""
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


class UserList(_abc.MutableSequence):
    """A list-like class whose items are kept in a real list, `self.data`; meant
    for subclassing.
    """

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = list(initlist.data)
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __copy__(self):
        return _twin(self, self.data[:])

    def copy(self):
        """A shallow copy of the same class."""
        return self.__class__(self)

    # Comparisons see through a UserList operand to its list.

    def __eq__(self, other):
        return self.data == _list_operand(other)

    def __lt__(self, other):
        return self.data < _list_operand(other)

    def __le__(self, other):
        return self.data <= _list_operand(other)

    def __gt__(self, other):
        return self.data > _list_operand(other)

    def __ge__(self, other):
        return self.data >= _list_operand(other)

    # Size, membership and item access; a slice gives a new instance of this class.

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    # Operators: + and * make new instances, += and *= change this one.

    def __add__(self, other):
        return self.__class__(self.data + _as_list(other))

    def __radd__(self, other):
        return self.__class__(_as_list(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    # Growing.

    def append(self, item):
        """Add item at the end."""
        self.data.append(item)

    def extend(self, other):
        """Add every item of other at the end."""
        self.data.extend(_list_operand(other))

    def insert(self, i, item):
        """Put item before position i."""
        self.data.insert(i, item)

    # Searching.

    def index(self, item, *args):
        """Position of the first item equal to item (optionally within start, stop)."""
        return self.data.index(item, *args)

    def count(self, item):
        """How many items equal item."""
        return self.data.count(item)

    # Shrinking.

    def remove(self, item):
        """Remove the first item equal to item."""
        self.data.remove(item)

    def pop(self, i=-1):
        """Remove and return the item at i (the last by default)."""
        return self.data.pop(i)

    def clear(self):
        """Remove every item."""
        self.data.clear()

    # Reordering in place.

    def sort(self, /, *args, **kwds):
        """Sort the items, taking list.sort's arguments."""
        self.data.sort(*args, **kwds)

    def reverse(self):
        """Reverse the items."""
        self.data.reverse()


def _text(obj):
    """The str behind a UserString, or obj itself."""
    return obj.data if isinstance(obj, UserString) else obj


def _rewrap(us, text):
    """`text` as an instance of the class of the UserString `us`."""
    return us.__class__(text)


class UserString(_abc.Sequence):
    """A str-like class whose text is kept in a real str, `self.data`; meant for
    subclassing. Methods that make new text return an instance of the same class.
    """

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        else:
            self.data = seq.data[:] if isinstance(seq, UserString) else str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    # Comparisons see through a UserString operand to its str; hashing agrees
    # with equality of the text.

    def __eq__(self, string):
        return self.data == _text(string)

    def __hash__(self):
        return hash(self.data)

    def __lt__(self, string):
        return self.data < _text(string)

    def __le__(self, string):
        return self.data <= _text(string)

    def __gt__(self, string):
        return self.data > _text(string)

    def __ge__(self, string):
        return self.data >= _text(string)

    # Numbers.

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    # Sequence behaviour; items and slices are instances of this class.

    def __contains__(self, char):
        return _text(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return _rewrap(self, self.data[index])

    def __add__(self, other):
        other = _text(other)
        return _rewrap(self, self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return _rewrap(self, (other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return _rewrap(self, self.data * n)

    __rmul__ = __mul__

    # str methods. Those making new text wrap it in this class; the others answer
    # exactly as str would.

    def endswith(self, suffix, *args):
        """Whether the text ends with suffix, as str.endswith."""
        return self.data.endswith(suffix, *args)

    def join(self, seq):
        """The items of seq joined with this text between them (a plain str)."""
        return self.data.join(seq)

    def lower(self):
        """A copy in lower case."""
        return _rewrap(self, self.data.lower())

    def replace(self, old, new, maxsplit=-1):
        """A copy with occurrences of old replaced by new (at most maxsplit of them
        when it is not negative)."""
        return _rewrap(self, self.data.replace(_text(old), _text(new), maxsplit))

    def split(self, sep=None, maxsplit=-1):
        """A list of plain str pieces, as str.split."""
        return self.data.split(sep, maxsplit)

    def startswith(self, prefix, *args):
        """Whether the text starts with prefix, as str.startswith."""
        return self.data.startswith(prefix, *args)

    def strip(self, chars=None):
        """A copy without leading and trailing chars (white space by default)."""
        return _rewrap(self, self.data.strip(chars))

    def upper(self):
        """A copy in upper case."""
        return _rewrap(self, self.data.upper())
