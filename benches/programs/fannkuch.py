# Benchmark: fannkuch-redux: for every permutation of 0..N-1, count the prefix reversals
# ("pancake flips") until 0 comes first; report the maximum and an alternating checksum
# (list slicing, slice assignment, list indexing, integer loops).
# Usage: fannkuch.py [N]   (default N = 9); the measured work is fannkuch(N) computed REPEAT
# times (one fannkuch(9) alone takes only ~0.5 s on CPython 3.11)
# quick: 7   (the size used by the runner's --quick checksum check)
# Prints the checksum and maximum flip count, then "warmup: <seconds>" and "time: <seconds>".
import sys
import time

REPEAT = 2


def fannkuch(n):
    perm = list(range(n))
    counters = [0] * n
    checksum = 0
    max_flips = 0
    odd = False
    level = n
    while True:
        # Reset the counters below the level that just advanced.
        while level > 1:
            counters[level - 1] = level
            level -= 1

        first = perm[0]
        if first:
            work = perm[:]
            flips = 0
            while first:
                work[:first + 1] = work[first::-1]
                flips += 1
                first = work[0]
            if flips > max_flips:
                max_flips = flips
            checksum += -flips if odd else flips
        odd = not odd

        # Next permutation: rotate the first level+1 items left until a counter is left.
        while True:
            if level == n:
                return checksum, max_flips
            head = perm[0]
            perm[:level] = perm[1:level + 1]
            perm[level] = head
            counters[level] -= 1
            if counters[level] > 0:
                break
            level += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    t0 = time.perf_counter()
    for _ in range(REPEAT):  # warm-up
        fannkuch(n)
    t1 = time.perf_counter()
    results = [fannkuch(n) for _ in range(REPEAT)]
    t2 = time.perf_counter()
    checksum, max_flips = results[-1]
    if results.count(results[-1]) != REPEAT:
        raise AssertionError("runs disagree: %r" % results)
    print("fannkuch(%d) x %d checksum=%d max_flips=%d" % (n, REPEAT, checksum, max_flips))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
