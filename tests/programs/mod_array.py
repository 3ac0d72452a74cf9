import array
from array import array as A

print(array.typecodes)
a = A('i', [1, 2, 3])
print(a, len(a), a.typecode, a.itemsize, a[0], a[-1], a[1:], a[::-1])
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a)
a.remove(3)
print(a, a.index(4), a.count(2), 5 in a, 9 in a)
a.reverse()
print(a.tolist())
a[0] = 60
a[1:3] = A('i', [50, 40, 45])
del a[-1]
print(a)
del a[::2]
print(a)
print(a + A('i', [9]), a * 2, 2 * a)
a += A('i', [8])
a *= 2
print(a, list(a), sum(a))

for tc in 'bBhHiIlLqQ':
    x = A(tc, [0, 1, 100])
    print(tc, x.itemsize, x.tobytes())
print(A('d', [0.1, 2.5]), A('f', [0.1, 2.5]), A('d', [1, 2]))
print(A('u', 'hello'), A('u', 'hi').tounicode(), A('u'), A('b'))
print(A('B', b'\x01\xff'), A('b', b'\x01\xff'))
h = A('h', [1, 2, 258])
raw = h.tobytes()
print(raw)
h2 = A('h')
h2.frombytes(raw)
print(h2, h == h2, h2.tolist())
h2.byteswap()
print(h2)
h3 = A('h', [1])
h3.fromlist([7, 8])
print(h3)

print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) < A('i', [1, 3]))
print(A('i', [1, 2]) != A('i', [1, 2]), A('i') == [], A('i', [3]) >= A('i', [2, 9]))
print(sorted(A('i', [3, 1, 2])), max(A('d', [1.5, 0.5])))

errors = [
    lambda: A('x'),
    lambda: A('i', 'abc'),
    lambda: A('i', [1]) + A('d'),
    lambda: A('i', [1]).extend(A('d')),
    lambda: A('i')[0],
    lambda: A('i').pop(),
    lambda: A('i', [1]).pop(5),
    lambda: A('i', [1]).index(3),
    lambda: A('i', [1]).remove(3),
    lambda: A('i').frombytes(b'abc'),
    lambda: A('i', [1, 2]).__setitem__(slice(0, 1), [1]),
    lambda: A('i', [1]) + [1],
    lambda: A('i', [1]).__setitem__(3, 1),
    lambda: A('i').tounicode(),
    lambda: A('b', [200]),
    lambda: A('b', [-200]),
    lambda: A('B', [256]),
    lambda: A('B', [-1]),
    lambda: A('h', [40000]),
    lambda: A('H', [-1]),
    lambda: A('i', [2 ** 31]),
    lambda: A('I', [-1]),
    lambda: A('Q', [-1]),
    lambda: A('q', [2 ** 63]),
    lambda: A('l', [2 ** 64]),
    lambda: A('i', [1.5]),
    lambda: A('d', ['x']),
    lambda: A('u', [5]),
]
for f in errors:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
