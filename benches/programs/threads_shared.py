# Benchmark: one object shared by 4 threads: every thread reads the shared object's attributes
# in its loop and, every 1000 iterations, adds its partial sum to the shared object's total
# under a lock (contended attribute reads and a contended lock on one object).
# Requires the `threading` module (an engine without it is reported as unsupported).
# requires: threading
# Usage: threads_shared.py [N]   (default N = 2_400_000 iterations per thread)
# quick: 10000   (the size used by the runner's --quick checksum check)
# Prints a checksum line, then "warmup: <seconds>" and "time: <seconds>".
import sys
import threading
import time

THREADS = 4
CHUNK = 1000


class Shared:
    def __init__(self):
        self.scale = 3
        self.offset = 7
        self.mask = 0xFFFF
        self.total = 0
        self.flushes = 0
        self.lock = threading.Lock()


def work(shared, k, n):
    partial = 0
    for i in range(n):
        partial += (i * shared.scale + shared.offset + k) & shared.mask
        if i % CHUNK == CHUNK - 1:
            with shared.lock:
                shared.total += partial
                shared.flushes += 1
            partial = 0
    with shared.lock:
        shared.total += partial
        shared.flushes += 1


def run(n):
    shared = Shared()
    threads = [threading.Thread(target=work, args=(shared, k, n)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return shared.total, shared.flushes


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_400_000
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    total, flushes = run(n)
    t2 = time.perf_counter()
    print("threads_shared(%d) total=%d flushes=%d" % (n, total, flushes))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
