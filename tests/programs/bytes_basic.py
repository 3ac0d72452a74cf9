# bytes literals, indexing, slicing, methods
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[::2])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.replace(b"l", b"L"))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.startswith(b"he"), b.endswith(b"ld"))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"a,b,c".split(b","), b"-".join([b"a", b"b"]))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc", b"abc" < b"abd")
print(bytes(5), bytes([65, 66, 67]), bytes(range(3)), bytes("h\u00e9", "utf-8"))
print(b"\x00\x01\x7f\x80\xff", b"tab\there", b"quote'", b'dq"', b"both'\"")
print(list(b"AZ"), [c for c in b"hi"], sum(b"\x01\x02\x03"))
print(b"deadbeef".hex() if False else bytes.fromhex("deadbeef"), b"\xde\xad".hex(), b"abc".hex("-"))
print(b"abc".decode(), b"\xe2\x82\xac".decode("utf-8") == "\u20ac", b"abc".isalpha(), b"123".isdigit())
print(b"Hello".lower(), b"Hello".swapcase(), b"hello".capitalize(), b"hi".center(6, b"*"), b"7".zfill(3))
print(b"a\nb\r\nc".splitlines(), b"k=v".partition(b"="), b"a.b.c".rpartition(b"."))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), (258).to_bytes(4, "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    b[100]
except IndexError as e:
    print("IndexError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"" == bytes(), bool(b""), bool(b"\x00"), hash(b"ab") == hash(b"a" + b"b"))
print(b"%d-%s" % (3, b"x"), b"x".ljust(3, b"."), repr(b"x".rjust(3)))
print(bytes(b"copy") == b"copy", b"abc"[1:2] == b"b", b"abc"[1] == 98)
