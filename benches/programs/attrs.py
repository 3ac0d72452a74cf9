# Benchmark: method calls and instance attribute reads/writes on user-defined classes
# (LOAD_ATTR / STORE_ATTR on instances, bound-method calls, a subclass overriding a method).
# Usage: attrs.py [N]   (default N = 2_000_000 iterations)
# quick: 20000   (the size used by the runner's --quick checksum check)
# Prints a checksum line, then "warmup: <seconds>" (a first run of the
# same work) and "time: <seconds>" (the measured second run).
import sys
import time


class Counter:
    def __init__(self, start, step):
        self.value = start
        self.step = step
        self.hits = 0
        self.misses = 0

    def bump(self):
        self.value = (self.value + self.step) % 1000003
        return self.value

    def record(self, v):
        if v & 1:
            self.hits += 1
        else:
            self.misses += 1

    def score(self):
        return self.hits - self.misses


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def norm1(self):
        return abs(self.x) + abs(self.y)


class BoundedPoint(Point):
    def move(self, dx, dy):
        Point.move(self, dx, dy)
        if self.x > 100:
            self.x -= 200
        if self.y < -100:
            self.y += 200


def run(n):
    c = Counter(7, 13)
    p = BoundedPoint(0, 0)
    q = Point(1, 1)
    total = 0
    for i in range(n):
        v = c.bump()
        c.record(v)
        p.move(i & 3, -(v & 3))
        q.x = p.y
        total += p.norm1() + q.x
    return c.score(), c.value, p.x, p.y, total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    score, value, x, y, total = run(n)
    t2 = time.perf_counter()
    print("attrs(%d) score=%d value=%d p=(%d, %d) total=%d" % (n, score, value, x, y, total))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
