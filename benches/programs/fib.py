# Benchmark: recursive Fibonacci (call overhead, small-int arithmetic, comparisons).
# Usage: fib.py [N]   (default N = 30); the measured work is fib(N) computed REPEAT times
# (one fib(30) alone takes only ~0.1 s on CPython 3.11).
# Prints a checksum line, then "time: <seconds>" for the measured run.
import sys
import time

REPEAT = 5


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    fib(15)  # warm-up
    t0 = time.perf_counter()
    result = 0
    for _ in range(REPEAT):
        result += fib(n)
    elapsed = time.perf_counter() - t0
    print("fib(%d) x %d = %d" % (n, REPEAT, result))
    print("time: %.6f" % elapsed)


main()
