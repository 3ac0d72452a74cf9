# time module: only monotonic differences are checked
import time
t0 = time.perf_counter()
total = 0
for i in range(10000):
    total += i
t1 = time.perf_counter()
print("total", total)
print("perf_counter non-decreasing:", t1 - t0 >= 0)
print("perf_counter is float:", isinstance(t0, float))
m0 = time.monotonic()
m1 = time.monotonic()
print("monotonic non-decreasing:", m1 >= m0)
n0 = time.perf_counter_ns()
n1 = time.perf_counter_ns()
print("perf_counter_ns is int:", isinstance(n0, int), n1 - n0 >= 0)
w = time.time()
print("time() is positive float:", isinstance(w, float) and w > 1e9)
s0 = time.perf_counter()
time.sleep(0.01)
s1 = time.perf_counter()
print("slept at least a little:", s1 - s0 >= 0.005)
print("sleep(0) returns None:", time.sleep(0) is None)
def timed(f, *args):
    start = time.perf_counter()
    result = f(*args)
    elapsed = time.perf_counter() - start
    return result, elapsed >= 0
def work(n):
    return sum(i * i for i in range(n))
print(timed(work, 1000))
print(timed(sorted, [3, 1, 2]))
laps = []
prev = time.perf_counter()
for _ in range(5):
    now = time.perf_counter()
    laps.append(now - prev >= 0)
    prev = now
print(laps)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print("done")
