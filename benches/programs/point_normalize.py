# Benchmark: `Point.normalize()` (three attribute loads, sqrt, three `/=` attribute stores) over
# many plain (dict-backed, no __slots__) instances, several passes.
# Usage: point_normalize.py [N]   (default N = 200_000 points, 20 passes)
# quick: 5000   (the size used by the runner's --quick checksum check)
# Prints a checksum of the coordinates, then "warmup: <seconds>" and "time: <seconds>".
import math
import sys
import time

PASSES = 20


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm


def run(n):
    points = [Point(float(i % 97 + 1), float(i % 89) - 44.0, float(i % 13) * 0.5)
              for i in range(n)]
    for k in range(PASSES):
        for p in points:
            p.normalize()
        # Perturb so each pass divides by a norm that is not exactly 1.
        p = points[k]
        p.x += 1.0
    sx = sy = sz = 0.0
    for p in points:
        sx += p.x
        sy += p.y
        sz += p.z
    return sx, sy, sz


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    sx, sy, sz = run(n)
    t2 = time.perf_counter()
    print("point_normalize(%d) = %r %r %r" % (n, sx, sy, sz))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
