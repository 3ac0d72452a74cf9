# Lock, RLock and Condition: mutual exclusion under contention, reentrancy, error messages,
# wait() timeouts, wait_for() and notify(n) waking exactly n waiters.
import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('Lock:', e)

counter = 0


def bump(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


workers = [threading.Thread(target=bump, args=(500,)) for _ in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print('counter', counter)

rlock = threading.RLock()
with rlock:
    with rlock:
        print('reentered', rlock.acquire(blocking=False))
        rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print('RLock:', e)
other = []
holder = threading.Thread(target=lambda: other.append(rlock.acquire(timeout=0.01)))
with rlock:
    holder.start()
    holder.join()
print('other thread got rlock while held:', other)

for kind, cond in (('Lock', threading.Condition(threading.Lock())),
                   ('RLock', threading.Condition())):
    for method in (cond.wait, cond.notify):
        try:
            method()
        except RuntimeError as e:
            print(kind, e)
    with cond:
        print(kind, 'timed wait ->', cond.wait(0.01), cond.wait_for(lambda: 0, timeout=0.01))

# notify(n) wakes exactly n waiters; notify_all the rest.
cond = threading.Condition()
arrivals = threading.Condition(threading.Lock())
ready = 0
woken = []


def sleeper(i):
    global ready
    with cond:
        with arrivals:
            ready += 1
            arrivals.notify()
        cond.wait()
        woken.append(i)


sleepers = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for s in sleepers:
    s.start()
with arrivals:
    arrivals.wait_for(lambda: ready == 5)
with cond:
    cond.notify(2)
for _ in range(400):
    with cond:
        if len(woken) >= 2:
            break
    threading.Event().wait(0.002)
threading.Event().wait(0.02)
with cond:
    print('after notify(2):', len(woken))
    cond.notify_all()
for s in sleepers:
    s.join()
print('after notify_all:', sorted(woken))
