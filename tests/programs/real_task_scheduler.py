"""A priority task scheduler with dependencies, simulated time and worker slots."""
import heapq
from dataclasses import dataclass, field
from collections import defaultdict, deque


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    priority: int
    duration: int
    deps: tuple = ()

    def __post_init__(self):
        self.sort_key = (-self.priority, self.name)


class CycleError(Exception):
    pass


class Scheduler:
    def __init__(self, workers):
        self.workers = workers
        self.tasks = {}

    def add(self, name, priority, duration, *deps):
        if name in self.tasks:
            raise ValueError(f"duplicate task {name}")
        self.tasks[name] = Task(name, priority, duration, tuple(deps))

    def check(self):
        missing = sorted({d for t in self.tasks.values() for d in t.deps if d not in self.tasks})
        if missing:
            raise KeyError(f"unknown dependencies: {', '.join(missing)}")
        indeg = {n: len(t.deps) for n, t in self.tasks.items()}
        users = defaultdict(list)
        for t in self.tasks.values():
            for d in t.deps:
                users[d].append(t.name)
        queue = deque(sorted(n for n, k in indeg.items() if k == 0))
        seen = 0
        while queue:
            n = queue.popleft()
            seen += 1
            for u in users[n]:
                indeg[u] -= 1
                if indeg[u] == 0:
                    queue.append(u)
        if seen != len(self.tasks):
            stuck = sorted(n for n, k in indeg.items() if k > 0)
            raise CycleError("cycle among: " + " ".join(stuck))
        return users

    def run(self):
        users = self.check()
        waiting = {n: set(t.deps) for n, t in self.tasks.items()}
        ready = [t for t in self.tasks.values() if not t.deps]
        heapq.heapify(ready)
        running = []
        clock = 0
        log = []
        free = list(range(self.workers, 0, -1))
        while ready or running:
            while ready and free:
                task = heapq.heappop(ready)
                worker = free.pop()
                heapq.heappush(running, (clock + task.duration, task.name, worker))
                log.append((clock, worker, "start", task.name))
            end, name, worker = heapq.heappop(running)
            clock = end
            free.append(worker)
            free.sort(reverse=True)
            log.append((clock, worker, "done", name))
            for u in users[name]:
                waiting[u].discard(name)
                if not waiting[u]:
                    heapq.heappush(ready, self.tasks[u])
        return clock, log


s = Scheduler(workers=2)
s.add("fetch", 5, 3)
s.add("configure", 4, 2, "fetch")
s.add("docs", 1, 4)
s.add("compile", 5, 6, "configure")
s.add("lint", 2, 2, "fetch")
s.add("test", 5, 4, "compile")
s.add("package", 3, 2, "test", "docs", "lint")
s.add("announce", 0, 1, "package")
total, log = s.run()
for clock, worker, what, name in log:
    print(f"t={clock:>2}  w{worker}  {what:<5} {name}")
print("makespan:", total, "| serial time:", sum(t.duration for t in s.tasks.values()))
print(sorted(s.tasks.values())[:3])

for workers in (1, 3, 4):
    s.workers = workers
    print(f"{workers} workers -> makespan {s.run()[0]}")

bad = Scheduler(1)
bad.add("a", 1, 1, "c")
bad.add("b", 1, 1, "a")
bad.add("c", 1, 1, "b")
bad.add("d", 1, 1)
try:
    bad.run()
except CycleError as e:
    print("CycleError:", e)
bad.add("e", 1, 1, "zz", "yy")
try:
    bad.run()
except KeyError as e:
    print("KeyError:", e)
try:
    bad.add("a", 2, 2)
except ValueError as e:
    print("ValueError:", e)
