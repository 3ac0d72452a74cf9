"""Typed arrays of numbers and characters (Strata's bundled implementation of the standard
`array` module: items are kept as Python values, checked and converted per type code)."""

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, message stem) of the C type behind each integer type code.
_RANGES = {
    'b': (-128, 127, 'signed char'),
    'B': (0, 255, 'unsigned byte integer'),
    'h': (-32768, 32767, 'signed short integer'),
    'H': (0, 65535, 'unsigned short'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer'),
    'I': (0, 2 ** 32 - 1, 'unsigned int'),
}

_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1


def _as_int(v):
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v.__index__()


def _convert(tc, v):
    """The stored form of v for type code tc, or the error CPython raises."""
    if tc in 'fd':
        if isinstance(v, (str, bytes)) or not (hasattr(type(v), '__float__')
                                               or hasattr(type(v), '__index__')):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        x = float(v)
        if tc == 'f':
            x = _struct.unpack('f', _struct.pack('f', x))[0]
        return x
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    n = _as_int(v)
    if tc in 'qQ':
        if tc == 'Q':
            if n < 0:
                raise OverflowError("can't convert negative int to unsigned")
            if n >= 2 ** 64:
                raise OverflowError('int too big to convert')
        elif not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError('int too big to convert')
        return n
    if tc == 'L':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2 ** 64:
            raise OverflowError('Python int too large to convert to C unsigned long')
        return n
    if tc == 'I' and n < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if tc == 'I' and n >= 2 ** 64:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if not _LONG_MIN <= n <= _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    if tc == 'l':
        return n
    lo, hi, what = _RANGES[tc]
    if n > hi:
        raise OverflowError('%s is greater than maximum' % what)
    if n < lo:
        raise OverflowError('%s is less than minimum' % what)
    return n


class array:
    """array(typecode[, initializer]) -> array of items of one C type."""

    __module__ = 'array'

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with '
                                'typecode %r' % typecode)
            self.extend(list(initializer))
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    # -- sequence protocol -------------------------------------------------------------
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        i = _as_int(i)
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(v._items)
            return
        i = _as_int(i)
        v = _convert(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        i = _as_int(i)
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * _as_int(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _as_int(n)
        return self

    # -- comparisons ---------------------------------------------------------------------
    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._items))
        return 'array(%r, %r)' % (self._tc, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    # -- methods -------------------------------------------------------------------------
    def append(self, v):
        self._items.append(_convert(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        tc = self._tc
        for v in iterable:
            self._items.append(_convert(tc, v))

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        tc = self._tc
        self._items.extend([_convert(tc, v) for v in lst])

    def tolist(self):
        return list(self._items)

    def insert(self, i, v):
        self._items.insert(_as_int(i), _convert(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        i = _as_int(i)
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        for k, x in enumerate(self._items):
            if x == v:
                del self._items[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for k in range(start, min(stop, n)):
            if self._items[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def _fmt(self, n):
        return '<%d%s' % (n, {'u': 'I', 'l': 'q', 'L': 'Q'}.get(self._tc, self._tc))

    def tobytes(self):
        items = self._items
        if self._tc == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._fmt(len(items)), *items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        items = list(_struct.unpack(self._fmt(len(data) // size), data))
        if self._tc == 'u':
            items = [chr(c) for c in items]
        self._items.extend(items)

    def byteswap(self):
        if self._tc == 'u':
            raise RuntimeError("don't know how to byteswap this array type")
        n = len(self._items)
        data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[k:k + size][::-1] for k in range(0, len(data), size))
        self._items = list(_struct.unpack(self._fmt(n), swapped))

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        self._items.extend(s)


ArrayType = array
