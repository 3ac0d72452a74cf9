# heapq: push/pop/heapify/replace/pushpop, nlargest/nsmallest, merge
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for v in [5, 1, 8, 3, 9, 2, 7, 1]:
    heappush(h, v)
    print(h)
print([heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), data)
print(heappushpop(data, 4), data)
print(heappushpop([], 3))
try:
    heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)

words = "the quick brown fox jumps over the lazy dog again and again".split()
heapify(words)
print(words)
print([heappop(words) for _ in range(4)])

# tuples as (priority, order, task): stable task queue
tasks = []
for i, (prio, name) in enumerate([(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]):
    heappush(tasks, (prio, i, name))
print([heappop(tasks)[2] for _ in range(len(tasks))])

nums = [5, 1, 8, 3, 9, 2, 7, 1, 8]
print(nlargest(3, nums), nsmallest(3, nums))
print(nlargest(1, nums), nsmallest(1, nums), nlargest(0, nums), nsmallest(-1, nums))
print(nlargest(20, nums), nsmallest(20, iter(nums)))
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35)]
print(nlargest(3, people, key=lambda p: p[1]))
print(nsmallest(3, people, key=lambda p: p[1]))
print(nlargest(2, people, key=lambda p: p[1]), nsmallest(1, people, key=lambda p: p[1]))
print(nlargest(2, "hello world"), nsmallest(3, (x % 7 for x in range(30))))

print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 3], [], [2], [0, 10])))
print(list(merge()), list(merge([1, 2])))
print(list(merge(["a", "cc"], ["bb", "d"], key=len)))
print(list(merge([9, 5, 1], [8, 6, 2], reverse=True)))
print(list(merge([(1, "x"), (3, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0])))
print(list(merge([3, 2, 1], [3, 1], key=lambda v: v, reverse=True)))

# merge is lazy
def gen(tag, values):
    for v in values:
        print("pull", tag, v)
        yield v


m = merge(gen("a", [1, 3]), gen("b", [2, 4]))
print(next(m))
print(next(m))


# heap sort and a k-way task scheduler
def heapsort(items):
    h = list(items)
    heapify(h)
    return [heappop(h) for _ in range(len(h))]


print(heapsort([3.5, -1, 2, 2, 0, 10]))
print(heapq.__name__, sorted(n for n in heapq.__all__))
