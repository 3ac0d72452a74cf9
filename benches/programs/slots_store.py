# Benchmark: STORE_ATTR (and LOAD_ATTR) on `__slots__` instances in a tight loop: three
# slot stores per iteration on one object, plus a store into a second object.
# Usage: slots_store.py [N]   (default N = 20_000_000 iterations)
# quick: 50000   (the size used by the runner's --quick checksum check)
# Prints a checksum line, then "warmup: <seconds>" and "time: <seconds>".
import sys
import time


class Cell:
    __slots__ = ("a", "b", "c")

    def __init__(self):
        self.a = 0
        self.b = 0
        self.c = 0


class Tally:
    __slots__ = ("last", "count")

    def __init__(self):
        self.last = None
        self.count = 0


def run(n):
    cell = Cell()
    tally = Tally()
    for i in range(n):
        cell.a = i
        cell.b = i & 255
        cell.c = cell.b ^ 85
        tally.last = cell.c
    for i in range(0, n, 4):
        tally.count = tally.count + 1
    return cell.a, cell.b, cell.c, tally.last, tally.count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000_000
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    result = run(n)
    t2 = time.perf_counter()
    print("slots_store(%d) = %r" % (n, result))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
