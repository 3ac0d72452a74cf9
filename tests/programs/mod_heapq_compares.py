# heapq: exact comparison sequence (only __lt__, same operand order) and placement of ties
import heapq

log = []
class V:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        log.append(self.tag + other.tag)
        return self.k < other.k
    def __repr__(self):
        return '%d%s' % (self.k, self.tag)

state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

for trial in range(6):
    h = [V(rnd(4), chr(97 + i)) for i in range(rnd(14))]
    heapq.heapify(h)
    out = []
    for step in range(18):
        op = rnd(4)
        v = V(rnd(4), chr(65 + step))
        try:
            if op == 0:
                heapq.heappush(h, v)
            elif op == 1:
                out.append(heapq.heappop(h))
            elif op == 2:
                out.append(heapq.heapreplace(h, v))
            else:
                out.append(heapq.heappushpop(h, v))
        except IndexError as e:
            out.append(str(e))
    print(trial, out)
    print('  heap', h)
    print('  compares', len(log), ' '.join(log[:40]))
    log.clear()

for f, args in [(heapq.heappush, ((), 1)), (heapq.heappop, ([],)), (heapq.heappop, ('ab',)),
                (heapq.heapify, ((3, 1),)), (heapq.heapreplace, ([], 1)), (heapq.heapreplace, (7, 1)),
                (heapq.heappushpop, ({}, 1))]:
    try:
        print(f.__name__, f(*args))
    except (TypeError, IndexError) as e:
        print(f.__name__, type(e).__name__, e)
print(heapq.heappushpop([], 5), heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 3))
