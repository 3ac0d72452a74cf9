# Benchmark: a tight integer loop inside a function (range iteration, +, *, %, ^, &,
# comparisons, local variable access). The running value stays a small int.
# Usage: int_loop.py [N]   (default N = 10_000_000 iterations)
# Prints a checksum line, then "time: <seconds>" for the measured run.
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
    loop(1000)  # warm-up
    t0 = time.perf_counter()
    result = loop(n)
    elapsed = time.perf_counter() - t0
    print("int_loop(%d) = %d" % (n, result))
    print("time: %.6f" % elapsed)


main()
