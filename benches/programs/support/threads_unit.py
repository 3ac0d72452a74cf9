# The unit of CPU-bound work of the thread-scaling benchmark, shared by threads_scaling_1x2.py
# (one thread does two units) and threads_scaling_2x1.py (two threads do one unit each): calls
# of module-level functions, float arithmetic, attribute stores on the thread's own objects, and
# a dict and a list of its own. On a free-threaded runtime the 2x1 program should take about
# half the time of the 1x2 program on two cores; under CPython's GIL they take the same.
import math


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm(p):
    return math.sqrt(p.x * p.x + p.y * p.y)


def unit(seed, n):
    rng = seed
    points = [Point(i * 0.25, i * 0.5) for i in range(64)]
    counts = {}
    total = 0.0
    for _ in range(n):
        rng = (rng * 1103515245 + 12345) & 0x7FFFFFFF
        p = points[rng & 63]
        p.x = p.x * 0.5 + (rng & 0xFF) * 0.01
        p.y = p.y * 0.75 + ((rng >> 8) & 0xFF) * 0.01
        total += norm(p)
        k = (rng >> 16) & 31
        counts[k] = counts.get(k, 0) + 1
    return round(total, 6), sum(counts.values()), len(counts)
