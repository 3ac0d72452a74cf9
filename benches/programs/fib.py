# Benchmark: recursive Fibonacci (call overhead, small-int arithmetic, comparisons).
# Usage: fib.py [N]   (default N = 30); the measured work is fib(N) computed REPEAT times
# quick: 18   (the size used by the runner's --quick checksum check)
# (one fib(30) alone takes only ~0.1 s on CPython 3.11).
# Prints a checksum line, then "warmup: <seconds>" (a first run of the
# same work) and "time: <seconds>" (the measured second run).
import sys
import time

REPEAT = 5


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    t0 = time.perf_counter()
    for _ in range(REPEAT):  # warm-up
        fib(n)
    t1 = time.perf_counter()
    result = 0
    for _ in range(REPEAT):
        result += fib(n)
    t2 = time.perf_counter()
    print("fib(%d) x %d = %d" % (n, REPEAT, result))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
