"""Conversion between Python values and C structs packed in bytes (Strata's bundled `struct`).

The packing itself is native (`_struct`); this module adds the `Struct` class."""

from _struct import error, pack, pack_into, unpack, unpack_from, calcsize
from _struct import iter_unpack as _iter_unpack

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


def iter_unpack(format, buffer):
    """Iterates over the buffer, unpacking one struct per step."""
    return iter(_iter_unpack(format, buffer))


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
