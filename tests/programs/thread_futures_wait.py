# concurrent.futures.Future on its own (states, callbacks, repr, InvalidStateError) plus
# wait() with each return_when and as_completed(), ordered by events so output is fixed.
import threading
import concurrent.futures as cf


def show(f):
    return repr(f).replace(hex(id(f)), 'ADDR')


f = cf.Future()
calls = []
f.add_done_callback(lambda fut: calls.append(('first', fut.result())))
f.add_done_callback(lambda fut: calls.append(('second', fut.done())))
print(show(f), f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.01)
except cf.TimeoutError as e:
    print('TimeoutError is builtin:', cf.TimeoutError is TimeoutError, type(e).__name__)
print(f.set_running_or_notify_cancel(), show(f), f.cancel())
f.set_result(42)
print(show(f), f.result(), f.exception(), calls)
f.add_done_callback(lambda fut: calls.append('late'))
print(calls[-1])
for action in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        action()
    except cf.InvalidStateError as e:
        print('InvalidStateError', str(e).startswith('FINISHED: <Future at 0x'))

g = cf.Future()
g.set_exception(KeyError('k'))
print(show(g), repr(g.exception()))

c = cf.Future()
print(c.cancel(), c.cancel(), show(c), c.done(), c.set_running_or_notify_cancel())
for getter in (c.result, c.exception):
    try:
        getter()
    except cf.CancelledError:
        print('CancelledError')

pool = cf.ThreadPoolExecutor(max_workers=3)
gates = [threading.Event() for _ in range(3)]


def task(i):
    gates[i].wait()
    if i == 1:
        raise RuntimeError('task 1 failed')
    return i * 100


fs = [pool.submit(task, i) for i in range(3)]
done, not_done = cf.wait(fs, timeout=0.02)
print('timeout:', len(done), len(not_done))
gates[2].set()
res = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
print('first completed:', [f.result() for f in res.done], len(res.not_done), type(res).__name__)
gates[1].set()
done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
print('first exception:', sorted(fs.index(f) for f in done), [fs.index(f) for f in not_done])
gates[0].set()
done, not_done = cf.wait(fs, return_when=cf.ALL_COMPLETED)
print('all completed:', len(done), len(not_done), res._fields)
print(cf.wait([], return_when=cf.FIRST_COMPLETED))

# as_completed yields finished futures first, then in completion order.
gates = [threading.Event() for _ in range(4)]
order = [2, 0, 3]
fs = [pool.submit(lambda i=i: (gates[i].wait(), i)[1]) for i in range(4)]
gates[1].set()
fs[1].result()
seen = []
for fut in cf.as_completed(fs + [fs[1]]):
    seen.append(fut.result())
    if order:
        gates[order.pop(0)].set()
print('as_completed order:', seen)

slow = threading.Event()
pending = [pool.submit(slow.wait), pool.submit(slow.wait)]
try:
    for fut in cf.as_completed(pending, timeout=0.02):
        print('unexpected', fut)
except cf.TimeoutError as e:
    print('TimeoutError:', e)
slow.set()
pool.shutdown()
print(sorted(f.result() for f in pending), cf.FIRST_COMPLETED, cf.ALL_COMPLETED)
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.CancelledError, Exception))
