# Priority scheduler with classes and a hand-written binary heap
class Heap:
    def __init__(self, key):
        self.items = []
        self.key = key
    def __len__(self):
        return len(self.items)
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            p = (i - 1) // 2
            if self.key(self.items[i]) < self.key(self.items[p]):
                self.items[i], self.items[p] = self.items[p], self.items[i]
                i = p
            else:
                break
    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i = 0
            while True:
                l, r, s = 2 * i + 1, 2 * i + 2, i
                if l < len(items) and self.key(items[l]) < self.key(items[s]):
                    s = l
                if r < len(items) and self.key(items[r]) < self.key(items[s]):
                    s = r
                if s == i:
                    break
                items[i], items[s] = items[s], items[i]
                i = s
        return top
class Task:
    seq = 0
    def __init__(self, name, priority, steps):
        self.name, self.priority, self.steps = name, priority, steps
        Task.seq += 1
        self.order = Task.seq
        self.done = 0
    def run(self):
        self.done += 1
        return self.done >= self.steps
    def __repr__(self):
        return f"Task({self.name}, p={self.priority}, {self.done}/{self.steps})"
class Scheduler:
    def __init__(self, quantum=2):
        self.heap = Heap(key=lambda t: (t.priority, t.order))
        self.quantum = quantum
        self.clock = 0
        self.finished = []
    def add(self, task):
        self.heap.push(task)
    def run(self):
        while self.heap:
            task = self.heap.pop()
            for _ in range(self.quantum):
                self.clock += 1
                if task.run():
                    print(f"t={self.clock:2} finished {task.name}")
                    self.finished.append(task.name)
                    break
            else:
                task.priority += 1
                Task.seq += 1
                task.order = Task.seq
                print(f"t={self.clock:2} preempt {task!r}")
                self.heap.push(task)
s = Scheduler()
for name, pri, steps in [("backup", 5, 3), ("email", 1, 1), ("compile", 2, 5), ("index", 2, 2), ("render", 0, 4)]:
    s.add(Task(name, pri, steps))
s.run()
print(s.finished, s.clock)
h = Heap(key=lambda x: -x)
for v in [5, 1, 9, 3, 7, 2, 8]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
