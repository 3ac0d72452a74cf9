# bisect: search bounds, hi=-1, key functions, insort stability, probe order and errors
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in (0, 1, 2, 4, 8, 13, 20):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, 7, 9))
print(bisect.bisect_right(a, 2, 0, -1), bisect.bisect_left(a, 2, 0, -1), bisect.bisect_left(a, 2, 0, None))
print(bisect.bisect_left(a, 2, 5, 2), bisect.bisect_right(a, 50, 3), bisect.bisect([], 1), bisect.bisect_left('acez', 'd'))

# key= applies to the items of a, not to x
recs = [('ann', 3), ('bob', 5), ('cid', 5), ('dee', 9)]
age = lambda r: r[1]
print(bisect.bisect_left(recs, 5, key=age), bisect.bisect_right(recs, 5, key=age), bisect.bisect(recs, 4, key=age))
b = list(recs)
bisect.insort_left(b, ('new', 5), key=age)
bisect.insort_right(b, ('last', 5), key=age)
bisect.insort(b, ('zed', 0), key=age)
print(b)

# equal items keep their side: insort_left in front, insort_right behind
class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.k < other.k
    def __repr__(self):
        return '%s%d' % (self.tag, self.k)
log = []
items = [Item(k, chr(97 + i)) for i, k in enumerate([1, 3, 3, 3, 7, 9])]
bisect.insort_left(items, Item(3, 'L'))
bisect.insort_right(items, Item(3, 'R'))
print(items)
print(log)
log.clear()
print(bisect.bisect_left(items, Item(8, 'x')), bisect.bisect_right(items, Item(3, 'y')), log)

calls = []
def k(v):
    calls.append(v)
    return v
print(bisect.bisect_right(list(range(0, 40, 2)), 17, key=k), calls)

for args in (([1, 2], 1, -1), ([1, 2], 1, -5, 1)):
    for f in (bisect.bisect_left, bisect.bisect_right, bisect.insort_left, bisect.insort_right):
        try:
            print(f.__name__, f(*args))
        except ValueError as e:
            print(f.__name__, 'ValueError', e)
for bad, x in (((1, 2, 3), 2), ('abc', 'b')):
    try:
        bisect.insort(bad, x)
    except AttributeError as e:
        print('AttributeError', e)
try:
    bisect.insort([3, 1], 2, key=lambda v: 1 // 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    bisect.bisect([1, 'a'], 2)
except TypeError as e:
    print('TypeError', e)
