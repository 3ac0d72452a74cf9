# Thread basics: targets with args/kwargs, default names, subclasses, join, is_alive, repr
# states, the documented RuntimeErrors and dummy threads for foreign threads.
import threading
import _thread
import warnings

results = []
results_lock = threading.Lock()


def worker(n, scale=1):
    with results_lock:
        results.append(n * scale)


threads = [threading.Thread(target=worker, args=(i,), kwargs={'scale': 10}) for i in range(4)]
print([t.name for t in threads])
print([t.is_alive() for t in threads], [t.ident for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads])
print(threading.Thread(target=lambda: None).name, threading.Thread().name)
print(threading.Thread(name=42).name, threading.Thread(target=worker, name='w').name)


class Squarer(threading.Thread):
    def __init__(self, value):
        super().__init__(name=f'sq-{value}')
        self.value = value
        self.result = None
        self.seen_name = None

    def run(self):
        self.seen_name = threading.current_thread().name
        self.result = self.value ** 2


squarers = [Squarer(v) for v in (3, 5, 9)]
for s in squarers:
    s.start()
for s in squarers:
    s.join()
print([(s.seen_name, s.result) for s in squarers])

t = threading.Thread(target=worker, args=(7,), name='repr-demo', daemon=True)
print(repr(t), t.daemon)
gate = threading.Event()
w = threading.Thread(target=gate.wait, name='waiter')
w.start()
print(repr(w).replace(str(w.ident), 'ID'), w.is_alive(), w.daemon)
gate.set()
w.join()
t.start()
t.join()
print(repr(t).replace(str(t.ident), 'ID'), repr(w).replace(str(w.ident), 'ID'))
print(isinstance(t.native_id, int), threading.get_ident() == threading.main_thread().ident)


def error_of(fn):
    try:
        fn()
    except RuntimeError as e:
        return str(e)
    return 'no error'


fresh = threading.Thread(target=worker, args=(1,))
print(error_of(fresh.join))
print(error_of(t.start))
print(error_of(threading.main_thread().join))


def set_daemon():
    t.daemon = False


print(error_of(set_daemon))
inner = []
self_joiner = threading.Thread(
    target=lambda: inner.append(error_of(threading.current_thread().join)))
self_joiner.start()
self_joiner.join()
print(inner)


class Forgetful(threading.Thread):
    def __init__(self):
        pass


print(error_of(Forgetful().start))

main = threading.main_thread()
print(main.name, threading.current_thread() is main, main.is_alive(), main.daemon)
print(threading.active_count(), threading.enumerate() == [main])
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    fresh.setName('renamed')
    print(fresh.getName(), fresh.isDaemon())
print([str(w.message) for w in caught])

foreign = []
foreign_done = threading.Event()


def raw():
    me = threading.current_thread()
    foreign.append((me.name, me.daemon, me.is_alive(), me is threading.current_thread()))
    foreign_done.set()


_thread.start_new_thread(raw, ())
foreign_done.wait()
print(foreign)
