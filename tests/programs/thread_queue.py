# queue: FIFO/LIFO/priority ordering, bounded puts, Empty/Full, timeouts, task_done/join with
# worker threads, SimpleQueue and a multi-producer pipeline.
import queue
import threading

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for item in (3, 1, 4, 1, 5):
        q.put(item)
    print(cls.__name__, q.qsize(), [q.get() for _ in range(5)], q.empty())

q = queue.Queue(maxsize=2)
q.put('a')
q.put_nowait('b')
print(q.full(), q.qsize())
for attempt in (lambda: q.put_nowait('c'), lambda: q.put('c', timeout=0.01),
                lambda: q.put('c', block=False)):
    try:
        attempt()
    except queue.Full:
        print('Full')
print(q.get(), q.get_nowait(), q.empty())
for attempt in (q.get_nowait, lambda: q.get(timeout=0.01), lambda: q.get(False)):
    try:
        attempt()
    except queue.Empty:
        print('Empty')
for attempt in (lambda: q.get(timeout=-1), lambda: queue.SimpleQueue().get(timeout=-1)):
    try:
        attempt()
    except ValueError as e:
        print('ValueError:', e)
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print('ValueError:', e)

pq = queue.PriorityQueue()
for prio, name in [(2, 'write'), (0, 'boot'), (1, 'read'), (3, 'exit')]:
    pq.put((prio, name))
print([pq.get()[1] for _ in range(4)])

# Worker threads drain a task queue; join() returns once every task is marked done.
tasks = queue.Queue()
done = []
done_lock = threading.Lock()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        with done_lock:
            done.append(item * item)
        tasks.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    tasks.put(i)
tasks.join()
print('joined with', len(done), 'results; sum', sum(done), 'unfinished', tasks.unfinished_tasks)
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()

# A bounded queue between producers and a consumer: blocking puts apply back-pressure.
pipe = queue.Queue(maxsize=3)
received = []


def producer(tag):
    for i in range(5):
        pipe.put((tag, i))


def consumer(expected):
    for _ in range(expected):
        received.append(pipe.get())


producers = [threading.Thread(target=producer, args=(tag,)) for tag in 'xyz']
cons = threading.Thread(target=consumer, args=(15,))
cons.start()
for p in producers:
    p.start()
for p in producers + [cons]:
    p.join()
print(len(received), sorted(received)[:3], [i for tag, i in received if tag == 'y'])

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
blocked = []
getter = threading.Thread(target=lambda: blocked.append(sq.get()))
getter.start()
sq.put('wake up')
getter.join()
sq.put_nowait(1)
sq.put(2, block=False, timeout=5)
print(blocked, sq.qsize(), sq.get_nowait(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty', issubclass(queue.Empty, Exception),
          issubclass(queue.Full, Exception))
