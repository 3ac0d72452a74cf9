# Benchmark: dict and list heavy work: building lists, indexing, appending, slicing,
# dict get/set with int and str keys, membership tests, dict iteration.
# Usage: dict_list.py [N]   (default N = 1_000_000)
# quick: 20000   (the size used by the runner's --quick checksum check)
# Prints a checksum line, then "warmup: <seconds>" (a first run of the
# same work) and "time: <seconds>" (the measured second run).
import sys
import time


def run(n):
    words = ["w%d" % (i % 997) for i in range(n)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1

    squares = {}
    for i in range(n):
        squares[i] = i * i % 1009

    buckets = [[] for _ in range(64)]
    for i in range(n):
        buckets[squares[i] & 63].append(i)

    total = 0
    for b in buckets:
        if b:
            total += len(b) * b[0] + b[-1] + len(b[1:4])

    inverse = {}
    for k, v in squares.items():
        if v not in inverse:
            inverse[v] = k
        else:
            inverse[v] = min(inverse[v], k)

    seq = list(range(n))
    acc = 0
    for i in range(0, n, 3):
        acc += seq[i] - seq[-1 - i]
        seq[i] = acc & 1023

    names = {}
    for i in range(n // 4):
        key = words[i]
        names[key] = names.get(key, "")[:3] + key[-1]
    del seq[::2]

    return (len(counts), counts.get("w5", 0), total % 1000000007, len(inverse),
            sum(inverse.values()) % 1000003, acc % 1000003, len(seq), len(names),
            "".join(sorted(names.values())[:3]))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    result = run(n)
    t2 = time.perf_counter()
    print("dict_list(%d) = %r" % (n, result))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
