# Benchmark: float-heavy object churn: create many Point objects from sin/cos, normalize each
# in place, then fold them into one Point holding the per-coordinate maximum (the idea of the
# classic "float" benchmark: allocation of small objects with float attributes, math calls,
# method calls, attribute reads/writes).
# Usage: float_points.py [N]   (default N = 300_000 points per round, 3 rounds)
# quick: 5000   (the size used by the runner's --quick checksum check)
# Prints the final maximum point (checksum, repr of floats), then "warmup: <seconds>" and
# "time: <seconds>".
import math
import sys
import time

ROUNDS = 3


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point: x=%r, y=%r, z=%r>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def run(n):
    result = None
    for r in range(ROUNDS):
        points = [Point(i + r) for i in range(n)]
        for p in points:
            p.normalize()
        result = maximize(points)
    return result


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    result = run(n)
    t2 = time.perf_counter()
    print("float_points(%d) = %r" % (n, result))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
