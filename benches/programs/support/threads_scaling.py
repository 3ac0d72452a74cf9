"""The thread-scaling benchmark shared by threads_scaling_1x2.py and threads_scaling_2x1.py:
the same two units of work (threads_unit.unit) in one thread or in two."""

import sys
import threading
import time

from threads_unit import unit


def run(n, mode):
    seeds = [11, 23]
    if mode == "1x2":
        return [unit(s, n) for s in seeds]
    results = [None, None]

    def work(i):
        results[i] = unit(seeds[i], n)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def main(mode):
    """Runs the benchmark: `mode` is "1x2" (one thread, two units) or "2x1" (two threads,
    one unit each)."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_500_000
    t0 = time.perf_counter()
    run(n, mode)  # warm-up
    t1 = time.perf_counter()
    results = run(n, mode)
    t2 = time.perf_counter()
    print("threads_scaling(%d) = %r" % (n, results))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))

