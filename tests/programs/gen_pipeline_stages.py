# generator pipelines: lazy stages, early termination, cleanup
log = []
def source(n):
    try:
        for i in range(n):
            log.append(f"src {i}")
            yield i
    finally:
        log.append("src closed")

def mapper(it, f):
    for x in it:
        yield f(x)

def filt(it, pred):
    for x in it:
        if pred(x):
            yield x

def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

pipe = take(filt(mapper(source(100), lambda x: x * x), lambda x: x % 2 == 1), 3)
print(list(pipe))
print(log[:3])
log.clear()

src = source(10)
stage = mapper(src, lambda x: -x)
print(next(stage), next(stage))
stage.close()
print("after close:", log)
src.close()
print("after src close:", log[-1])
log.clear()

print(list(batched(range(7), 3)))
print(list(batched(mapper(range(5), str), 2)))

def windowed(it, n):
    from collections import deque
    win = deque(maxlen=n)
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
print(list(windowed("abcde", 3)))

def running_avg():
    total, count = 0.0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 60]])

def chain_all(*its):
    for it in its:
        yield from it
print(list(chain_all([1], (2, 3), range(4, 6), "ab")))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))

counter = 0
def counted(it):
    global counter
    for x in it:
        counter += 1
        yield x
result = any(x > 5 for x in counted(range(100)))
print("any consumed:", counter, result)

def stage_exc(it):
    for x in it:
        if x == 3:
            raise ValueError(f"bad {x}")
        yield x
try:
    for v in mapper(stage_exc(source(10)), lambda x: x + 100):
        print("got", v)
except ValueError as e:
    print("pipeline error:", e, log[-1])

gen = (x * 2 for x in range(3))
print(list(gen), list(gen))
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in "the quick brown fox".split()))
