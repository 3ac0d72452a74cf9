# concurrent.futures.ThreadPoolExecutor: submit/result, ordered map, exceptions through
# result()/exception()/map, thread names, initializer, shutdown rules and cancel_futures.
import threading
from concurrent.futures import ThreadPoolExecutor, Executor, Future


def square(x):
    return x * x


def fail(msg):
    raise ValueError(msg)


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(square, n) for n in range(8)]
    print([f.result() for f in futures])
    print(list(pool.map(square, range(10))))
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 0])))
    print(list(pool.map(square, [], timeout=1)))
    bad = pool.submit(fail, 'boom')
    err = bad.exception()
    print(type(err).__name__, err, bad.done(), bad.cancelled(), bad.running())
    try:
        bad.result()
    except ValueError as e:
        print('result() re-raised:', e)
    seen = []
    try:
        for value in pool.map(lambda n: 10 // n, [5, 2, 0, 1]):
            seen.append(value)
    except ZeroDivisionError as e:
        print('map stopped after', seen, 'with', type(e).__name__)
    kw = pool.submit(sorted, [3, 1, 2], reverse=True)
    print(kw.result(timeout=5), isinstance(kw, Future), isinstance(pool, Executor))

names = []
with ThreadPoolExecutor(max_workers=1, thread_name_prefix='solo') as pool:
    for _ in range(3):
        names.append(pool.submit(lambda: threading.current_thread().name).result())
print(names)

init_log = []
lock = threading.Lock()


def init(tag, count):
    with lock:
        init_log.append((tag, count))


with ThreadPoolExecutor(2, 'init', init, ('ready', 7)) as pool:
    print(sorted(pool.map(square, [1, 2, 3])))
print(init_log[0], all(entry == ('ready', 7) for entry in init_log))

pool = ThreadPoolExecutor(max_workers=2)
pool.submit(square, 3)
pool.shutdown()
try:
    pool.submit(square, 4)
except RuntimeError as e:
    print('RuntimeError:', e)
pool.shutdown()  # a second shutdown is harmless

# cancel_futures=True cancels the calls still queued behind a blocked worker.
release = threading.Event()
pool = ThreadPoolExecutor(max_workers=1)
started = threading.Event()


def blocker():
    started.set()
    release.wait()
    return 'unblocked'


first = pool.submit(blocker)
queued = [pool.submit(square, n) for n in range(3)]
started.wait()
print('queued cancel() ->', queued[0].cancel(), queued[0].cancelled(), first.cancel())
pool.shutdown(wait=False, cancel_futures=True)
release.set()
print(first.result(), [f.cancelled() for f in queued])
pool.shutdown(wait=True)

for bad_args in ({'max_workers': 0}, {'max_workers': -1}):
    try:
        ThreadPoolExecutor(**bad_args)
    except ValueError as e:
        print('ValueError:', e)
try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print('TypeError:', e)
print(threading.active_count())
