# collections.deque: both ends, maxlen, rotate, indexing, repr, comparisons
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print("rotate 2:", d)
d.rotate(-3)
print("rotate -3:", d)
d[1] = 100
del d[0]
print(d, 100 in d, 5 in d, d.count(100), d.index(100))
print(list(reversed(d)), bool(d), bool(deque()))

m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(list(m), end=" ")
print()
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extendleft([10, 11])
print(m)
print(deque("abc", maxlen=0), deque([], 2))

q = deque()
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        q.appendleft(-i)
total = 0
while q:
    total += q.popleft()
    if q:
        total -= q.pop()
print("total", total)

for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
try:
    deque([1]).remove(9)
except ValueError as e:
    print("ValueError:", e)

a = deque([1, 2])
b = deque([1, 2])
print(a == b, a == [1, 2], a < deque([1, 3]), a + b, a * 2)
a += [5]
print(a, a.copy(), deque(a, maxlen=2))
c = deque([3, 1, 2])
c.reverse()
c.insert(1, 9)
print(c, c.index(9))
c.remove(9)
c.clear()
print(c, len(c))
r = deque([1])
r.append(r)
print(r)
try:
    hash(deque())
except TypeError as e:
    print("TypeError", "unhashable" in str(e))
