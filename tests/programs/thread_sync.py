# Semaphore, BoundedSemaphore, Event, Barrier and Timer: limits, error messages, timeouts,
# barrier indices/actions/abort/reset and cancelling a timer.
import threading

for bad in (lambda: threading.Semaphore(-1), lambda: threading.BoundedSemaphore(1).release(),
            lambda: threading.Semaphore().acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(False), sem.acquire(False), sem.acquire(False))

# At most 3 of 8 workers may be inside the bounded section at once.
gate = threading.BoundedSemaphore(3)
inside = 0
peak = 0
count_lock = threading.Lock()


def limited():
    global inside, peak
    with gate:
        with count_lock:
            inside += 1
            peak = max(peak, inside)
        threading.Event().wait(0.005)
        with count_lock:
            inside -= 1


ts = [threading.Thread(target=limited) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak <= 3:', peak <= 3, 'inside:', inside)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), ev.wait(timeout=0))
seen = []
waiters = [threading.Thread(target=lambda i=i: seen.append((i, ev.wait()))) for i in range(3)]
for w in waiters:
    w.start()
ev.set()
for w in waiters:
    w.join()
print(sorted(seen), ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

actions = []
barrier = threading.Barrier(4, action=lambda: actions.append('all arrived'))
print(barrier.parties, barrier.n_waiting, barrier.broken)
indices = []
phase_log = []


def party(name):
    for phase in range(3):
        phase_log.append((phase, name))
        indices.append(barrier.wait())


parties = [threading.Thread(target=party, args=(n,)) for n in 'abcd']
for p in parties:
    p.start()
for p in parties:
    p.join()
print(sorted(indices), actions)
print([sorted(n for ph, n in phase_log if ph == k) for k in range(3)])

lonely = threading.Barrier(2, timeout=0.02)
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print('timed out; broken =', lonely.broken)
try:
    lonely.wait()
except threading.BrokenBarrierError as e:
    print('still broken:', type(e).__name__, issubclass(type(e), RuntimeError))
lonely.reset()
print('after reset:', lonely.broken, lonely.n_waiting)

aborted = threading.Barrier(3)
outcomes = []


def doomed():
    try:
        aborted.wait()
        outcomes.append('passed')
    except threading.BrokenBarrierError:
        outcomes.append('broken')


ds = [threading.Thread(target=doomed) for _ in range(2)]
for d in ds:
    d.start()
while aborted.n_waiting < 2:
    threading.Event().wait(0.001)
aborted.abort()
for d in ds:
    d.join()
print(outcomes, aborted.broken)

fired = []
timer = threading.Timer(0.01, fired.append, args=['fired'])
cancelled = threading.Timer(5.0, fired.append, args=['never'])
timer.start()
cancelled.start()
cancelled.cancel()
timer.join()
cancelled.join()
print(fired, timer.is_alive(), cancelled.is_alive())
