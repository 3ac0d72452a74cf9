# Generator-based coroutines: push pipelines with send and close
def coroutine(f):
    def start(*a, **k):
        g = f(*a, **k)
        next(g)
        return g
    return start
@coroutine
def sink(results):
    try:
        while True:
            results.append((yield))
    except GeneratorExit:
        results.append("sink closed")
@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line.upper())
    finally:
        target.close()
@coroutine
def counter(target):
    n = 0
    try:
        while True:
            item = yield n
            n += 1
            target.send(f"{n}:{item}")
    finally:
        target.close()
out = []
pipe = counter(grep("py", sink(out)))
for line in ["python rocks", "java", "pypy is fast", "rust", "numpy"]:
    pipe.send(line)
pipe.close()
print(out)
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "resume":
            state = "running"
        elif event == "stop":
            state = "stopped"
            return "final:" + state
sm = state_machine()
print(next(sm))
for ev in ["start", "pause", "bogus", "resume"]:
    print(ev, "->", sm.send(ev))
try:
    sm.send("stop")
except StopIteration as e:
    print("returned", e.value)
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter("abc"), iter(range(5)), iter("XY"))))
