# random: the Mersenne Twister reproduces CPython's sequences for many seeds
import random

seeds = [0, 1, 2, 42, 1000, 12345, 2**31 - 1, 2**32, 2**32 + 1, 2**64 - 1,
         2**100 + 7, 10**40, -1, -42, 99999999999]
for s in seeds:
    random.seed(s)
    a = random.random()
    b = random.random()
    print(s, a, b, random.getrandbits(8), random.getrandbits(64))

# str, bytes and bytearray seeds use the version-2 sha512 scheme
for s in ["", "a", "hello world", "x" * 200, b"", b"bytes", bytearray(b"ba"), "\u00e9t\u00e9"]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 10**6))

# float seeds hash the float
for s in [0.5, 3.25, -2.0, 1e100]:
    random.seed(s)
    print(s, random.random())

# version 1 string seeding
random.seed("abc", version=1)
print(random.random())

# re-seeding restarts the sequence
random.seed(2024)
first = [random.random() for _ in range(5)]
random.seed(2024)
print(first == [random.random() for _ in range(5)], first[-1])

# long runs cross many state regenerations
random.seed(5)
total = 0.0
for _ in range(5000):
    total += random.random()
print(round(total, 6), random.getrandbits(32))

# getrandbits across word boundaries
random.seed(11)
print([random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 63, 64, 65, 96, 127, 200)])
