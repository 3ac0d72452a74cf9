# Benchmark: a tight integer loop inside a function (range iteration, +, *, %, ^, &,
# comparisons, local variable access). The running value stays a small int.
# Usage: int_loop.py [N]   (default N = 10_000_000 iterations)
# quick: 100000   (the size used by the runner's --quick checksum check)
# Prints a checksum line, then "warmup: <seconds>" (a first run of the
# same work) and "time: <seconds>" (the measured second run).
import sys
import time


def loop(n):
    total = 0
    acc = 1
    for i in range(n):
        total += i * 3 % 7
        acc = (acc * 31 + i) & 0xFFFF
        if acc > 40000:
            total -= 1
        total ^= acc & 3
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
    t0 = time.perf_counter()
    loop(n)  # warm-up
    t1 = time.perf_counter()
    result = loop(n)
    t2 = time.perf_counter()
    print("int_loop(%d) = %d" % (n, result))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
