# Benchmark: spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1)
# truncated to N x N, by power iteration on A^T A (float arithmetic, nested loops, list
# indexing, small function calls).
# Usage: spectral_norm.py [N]   (default N = 320)
# quick: 40   (the size used by the runner's --quick checksum check)
# Prints the norm (checksum, %.9f), then "warmup: <seconds>" and "time: <seconds>".
import sys
import time


def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * u[j]
        out.append(total)
    return out


def times_a_transposed(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * u[j]
        out.append(total)
    return out


def times_ata(u):
    return times_a_transposed(times_a(u))


def run(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for x, y in zip(u, v):
        vbv += x * y
        vv += y * y
    return (vbv / vv) ** 0.5


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 320
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    result = run(n)
    t2 = time.perf_counter()
    print("spectral_norm(%d) = %.9f" % (n, result))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
