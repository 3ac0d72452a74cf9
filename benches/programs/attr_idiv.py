# Benchmark: in-place float division of a `__slots__` attribute, `o.x = o.x / d`, in a tight
# loop (LOAD_ATTR + BINARY_OP / + STORE_ATTR on a float slot), on two attributes.
# Usage: attr_idiv.py [N]   (default N = 24_000_000 iterations)
# quick: 50000   (the size used by the runner's --quick checksum check)
# Prints the final values (checksum, repr of floats), then "warmup: <seconds>" and
# "time: <seconds>".
import sys
import time


class Box:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(n):
    o = Box(1e300, 7.0)
    d = 1.0000001
    e = 0.9999999
    for _ in range(n):
        o.x = o.x / d
        o.y = o.y / e
    return o.x, o.y


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 24_000_000
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    x, y = run(n)
    t2 = time.perf_counter()
    print("attr_idiv(%d) = %r %r" % (n, x, y))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
