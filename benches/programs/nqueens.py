# Benchmark: all solutions of the N-queens puzzle by backtracking with a recursive
# generator (generators, `yield from`, sets, tuples, list append/pop).
# Usage: nqueens.py [N]   (default N = 12; boards of size 4..N are solved)
# quick: 7   (the size used by the runner's --quick checksum check)
# Prints the solution counts and a digest of the solutions, then "warmup: <seconds>" and
# "time: <seconds>".
import sys
import time


def place(n, row, columns, rising, falling, queens):
    if row == n:
        yield tuple(queens)
        return
    for col in range(n):
        if col in columns or row + col in rising or row - col in falling:
            continue
        columns.add(col)
        rising.add(row + col)
        falling.add(row - col)
        queens.append(col)
        yield from place(n, row + 1, columns, rising, falling, queens)
        queens.pop()
        falling.remove(row - col)
        rising.remove(row + col)
        columns.remove(col)


def solve(n):
    return list(place(n, 0, set(), set(), set(), []))


def run(n):
    counts = []
    digest = 0
    for size in range(4, n + 1):
        solutions = solve(size)
        counts.append(len(solutions))
        for k, queens in enumerate(solutions):
            for row, col in enumerate(queens):
                digest = (digest * 31 + (k + 1) * (row + 1) * (col + 1)) % 1_000_000_007
    return counts, digest


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    counts, digest = run(n)
    t2 = time.perf_counter()
    print("nqueens(%d) counts=%r digest=%d" % (n, counts, digest))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
