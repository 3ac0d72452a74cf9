# threading.local: per-thread attributes, subclasses whose __init__ runs once per thread with
# the constructor's arguments, class attributes/methods/properties, __dict__ and deletion.
import threading

data = threading.local()
data.value = 'main'
results = {}
results_lock = threading.Lock()


def record(key, value):
    with results_lock:
        results[key] = value


def visitor(n):
    record((n, 'before'), hasattr(data, 'value'))
    data.value = n * 11
    data.extra = [n]
    threading.Event().wait(0.002)
    record((n, 'after'), (data.value, data.extra, sorted(data.__dict__)))


ts = [threading.Thread(target=visitor, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for key in sorted(results):
    print(key, results[key])
print('main still sees', data.value, hasattr(data, 'extra'), data.__dict__)


class Counter(threading.local):
    kind = 'counter'
    inits = []

    def __init__(self, start, step=1):
        Counter.inits.append((threading.current_thread().name, start, step))
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2


counter = Counter(100, step=5)
print(counter.bump(), counter.doubled, counter.kind)
out = []


def use_counter(name):
    out.append((name, counter.value, counter.bump(), counter.bump(), counter.doubled))


for name in ('t1', 't2'):
    t = threading.Thread(target=use_counter, args=(name,), name=name)
    t.start()
    t.join()
print(out)
print(counter.value, sorted(Counter.inits))

try:
    threading.local(1, 2)
except TypeError as e:
    print('TypeError:', e)

data.temp = 1
del data.temp
print(hasattr(data, 'temp'))
try:
    del data.temp
except AttributeError:
    print('AttributeError on second delete')
try:
    data.missing
except AttributeError:
    print('AttributeError on missing attribute')

# A thread that never touched a local does not see values set later by other threads.
flags = threading.local()
order = threading.Event()
report = []


def late():
    order.wait()
    report.append(getattr(flags, 'mark', 'unset'))
    flags.mark = 'late'
    report.append(flags.mark)


t = threading.Thread(target=late)
t.start()
flags.mark = 'main'
order.set()
t.join()
print(report, flags.mark)
