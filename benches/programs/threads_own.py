# Benchmark: one object per thread: 4 threads each update the attributes of their own object
# in a loop (no sharing, so a free-threaded runtime can scale; CPython's GIL serializes them).
# Requires the `threading` module (an engine without it is reported as unsupported).
# requires: threading
# Usage: threads_own.py [N]   (default N = 2_000_000 iterations per thread)
# quick: 10000   (the size used by the runner's --quick checksum check)
# Prints a checksum line, then "warmup: <seconds>" and "time: <seconds>".
import sys
import threading
import time

THREADS = 4


class Worker:
    def __init__(self, seed):
        self.seed = seed
        self.total = 0
        self.state = seed

    def work(self, n):
        for i in range(n):
            self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
            self.total += self.state >> 16


def run(n):
    workers = [Worker(k + 1) for k in range(THREADS)]
    threads = [threading.Thread(target=w.work, args=(n,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [w.total for w in workers]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    totals = run(n)
    t2 = time.perf_counter()
    print("threads_own(%d) = %r" % (n, totals))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
