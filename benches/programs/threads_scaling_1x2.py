# Benchmark: thread scaling, one thread doing two units of work (the baseline).
# The unit is support/threads_unit.unit (CPU-bound Python: calls, floats, attributes, a dict).
# requires: threading
# Usage: threads_scaling_1x2.py [N]   (default N = 1_500_000 iterations per unit)
# quick: 5000   (the size used by the runner's --quick checksum check)
# Prints a checksum line, then "warmup: <seconds>" and "time: <seconds>".
import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_unit import unit  # noqa: E402

MODE = "1x2"


def run(n):
    seeds = [11, 23]
    if MODE == "1x2":
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


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_500_000
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    results = run(n)
    t2 = time.perf_counter()
    print("threads_scaling(%d) = %r" % (n, results))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
