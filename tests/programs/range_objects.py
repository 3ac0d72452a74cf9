# range objects and slice objects
r = range(10)
print(r, len(r), r[3], r[-1], list(r[2:8:2]), r[2:8:2], r[::-1])
print(range(5, 0, -1), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(0, 10, 3)))
print(list(range(-5, 5, 4)), list(range(10, -10, -7)), len(range(0, 100, 7)))
print(5 in r, 10 in r, -1 in r, 4.0 in r, r.index(7), r.count(3))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), range(3) == range(0, 3, 1))
big = range(0, 10 ** 20, 3)
print(big[10 ** 18], 10 ** 19 + 1 in big, big[-1])
print(r.start, r.stop, r.step, range(1, 2, 3).step)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(sum(range(101)), max(range(3, 17, 5)), min(range(-3, 3)), sorted(range(3), reverse=True))
print(list(reversed(range(1, 10, 3))), list(enumerate(range(3, 6))))
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(3)))
s = slice(2, 10, 3)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(7), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100, 2).indices(6))
data = list(range(20))
print(data[s], data[slice(None, 5)], data[slice(-3, None)], data[slice(None, None, 5)])
text = "abcdefghijkl"
print(text[s], text[slice(1, -1, 4)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[1:2], rec[::3], rec[1:2, 3], rec[:, None], rec[...], rec[1:2:-1])
print(list(range(2, 20, 4))[1::2], range(2, 20, 4)[1::2], range(10)[-3:], range(10)[::-3])
for i in range(3, 0, -1):
    print("countdown", i)
