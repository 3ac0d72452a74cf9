# struct: pack/unpack/calcsize/iter_unpack over byte orders, sizes, floats and errors
import struct
print(struct.pack('<hHiIqQ', -2, 65535, -7, 4000000000, -2**63, 2**64-1))
print(struct.pack('>bBlL?', -128, 255, -5, 7, 3), struct.pack('!d', 1.5), struct.pack('<f', 0.1), struct.pack('>e', -2.5))
print(struct.pack('@bhiq', 1, 2, 3, 4), struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('3s2xi'))
print(struct.pack('5s', b'hi'), struct.pack('3s', b'hello'), struct.pack('4p', b'hello'), struct.pack('c3x', b'z'))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -7, 4000000000, -2**63, 2**64-1)))
print(struct.unpack('>e', struct.pack('>e', 0.1)), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('4p', b'\x02hiz'))
print(struct.unpack('?cs', b'\x05ab'), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\xff\xff')))
print(struct.unpack_from('<i', b'xx\x01\x00\x00\x00', 2), struct.unpack_from('<h', b'\x01\x02\x03', offset=1))
for v in [1e-8, 65504.0, 6.1e-5, 1e-7, 5.96e-8, 3e-8, float('inf'), -0.0, 1/3]:
    print(v, struct.pack('<e', v), struct.unpack('<e', struct.pack('<e', v)))
s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"), s.unpack_from(b"\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x06\x00", 6))
ba = bytearray(8); struct.pack_into('<hh', ba, 2, 1, -1); print(ba)
for f, args in [('b', (200,)), ('<I', (-1,)), ('q', (2**64,)), ('i', (1.5,)), ('z', (1,)), ('ii', (1,)), ('3', ()), ('c', (b'ab',)), ('s', ('a',)), ('d', ('x',)), ('<e', (1e6,)), ('<f', (1e300,)), ('h', (2**15,)), ('<L', (2**32,)), ('<n', (1,))]:
    try:
        struct.pack(f, *args)
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for f, b in [('i', b'abc'), ('<h', b'a')]:
    try:
        struct.unpack(f, b)
    except struct.error as e:
        print(type(e).__name__, e)
try:
    struct.iter_unpack('i', b'abcde')
except struct.error as e:
    print(e)
try:
    struct.unpack_from('i', b'abcdef', 4)
except struct.error as e:
    print(e)
print(struct.error.__module__, issubclass(struct.error, Exception))
records = struct.pack('<3sHd', b'abc', 7, 2.5) + struct.pack('<3sHd', b'xyz', 9, -1.0)
for rec in struct.iter_unpack('<3sHd', records):
    print(rec)
print(struct.calcsize('<3sHd'), struct.calcsize('@3sHd'), struct.calcsize('>0q'), struct.calcsize('@c0q'))
print(struct.pack('>I', 0xDEADBEEF).hex(), struct.unpack('<Q', b'\xff' * 8)[0], struct.unpack('>q', b'\x80' + b'\x00' * 7)[0])
print(struct.pack('<?', []), struct.pack('<?', 'x'), struct.pack('2h', *[3, 4]), struct.pack(b'<H', 513))
print(struct.pack('nN', -1, 5), struct.unpack('nN', struct.pack('nN', -3, 2**63)))
# range errors across byte orders (CPython's wording depends on the conversion path)
for f in ['<i', 'i', '<h', 'B', '<I', '>l', 'I', 'q', '<Q', '>h', '>H', '>Q', '>b', '=h', '>e']:
    for v in [2**100, -2**64, 2**63, 2**31, -1, 2**15 + 1, 300]:
        try:
            struct.pack(f, v)
        except (struct.error, OverflowError) as e:
            print(f, v.bit_length(), type(e).__name__, e)
