# queue edge cases: Full / Empty with and without timeouts, negative timeouts, task_done
# accounting, LIFO and priority order, SimpleQueue, a subclass with custom storage hooks.
import queue
import threading

q = queue.Queue(2)
q.put(1)
q.put(2)
print(q.full(), q.empty(), q.qsize(), q.maxsize, q.unfinished_tasks)
for args in [(3, False), (3, True, 0), (3, True, 0.01), (3, False, -1)]:
    try:
        q.put(*args)
    except queue.Full as e:
        print("Full", repr(e), args)
try:
    q.put(3, True, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(True, -1)
except ValueError as e:
    print("ValueError:", e)
print(q.get(False, -1), q.get_nowait())
for args in [(False,), (True, 0), (True, 0.01)]:
    try:
        q.get(*args)
    except queue.Empty as e:
        print("Empty", repr(e), args)
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.join()
print("joined", q.unfinished_tasks)

lq, pq = queue.LifoQueue(), queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], lq.empty(), lq.queue)
print(queue.Queue[int], queue.LifoQueue[str])

s = queue.SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
for kw in [dict(timeout=-1), dict(block=False), dict(timeout=0.01)]:
    try:
        s.get(**kw)
    except ValueError as e:
        print("ValueError:", e)
    except queue.Empty:
        print("Empty", kw)

q = queue.Queue(3)
out = []


def produce():
    for i in range(300):
        q.put(i)
    q.put(None)


def consume():
    while True:
        x = q.get()
        q.task_done()
        if x is None:
            break
        out.append(x)


workers = [threading.Thread(target=produce), threading.Thread(target=consume)]
for w in workers:
    w.start()
q.join()
for w in workers:
    w.join()
print(sum(out), len(out), out == sorted(out))


class Fifo2(queue.Queue):
    def _init(self, maxsize):
        print("init sees mutex:", hasattr(self, "mutex"))
        self.queue = []

    def _get(self):
        return self.queue.pop(0)


m = Fifo2(1)
m.put("a")
print(m.full(), m.get(), m.empty())
