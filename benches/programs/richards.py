# Benchmark: Martin Richards' operating-system simulation (a task scheduler with an idle
# task, a worker, two packet handlers and two devices exchanging packets). Object-oriented:
# virtual method calls, attribute reads/writes, linked lists of small objects.
# Usage: richards.py [N]   (default N = 30 simulations of 10_000 idle-task ticks each)
# quick: 1   (the size used by the runner's --quick checksum check)
# Every simulation must end with 23246 packets queued and 9297 holds (the classic values).
# Prints a checksum line, then "warmup: <seconds>" (first run) and "time: <seconds>"
# (second run of the same work).
import sys
import time

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1

DATA_SIZE = 4
LETTERS = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# Task state bits: a packet is pending, the task waits for a packet, the task is held.
HAS_PACKET = 1
WAITING = 2
HELD = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE


def append_packet(packet, queue):
    """Puts `packet` at the end of the linked list `queue`; returns the new head."""
    packet.link = None
    if queue is None:
        return packet
    tail = queue
    while tail.link is not None:
        tail = tail.link
    tail.link = packet
    return queue


class Task:
    def __init__(self, system, ident, priority, queue, state):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.next = system.tasks_head
        system.tasks_head = self
        system.table[ident] = self

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.state = 0 if self.queue is None else HAS_PACKET
        return packet

    # Scheduler services, called by the task bodies; each returns the task to run next.
    def wait(self):
        self.state |= WAITING
        return self

    def hold_self(self):
        self.system.holds += 1
        self.state |= HELD
        return self.next

    def release(self, ident):
        task = self.system.table[ident]
        task.state &= ~HELD
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        target = self.system.table[packet.dest]
        self.system.queued += 1
        packet.link = None
        packet.dest = self.ident
        if target.queue is None:
            target.queue = packet
            target.state |= HAS_PACKET
            if target.priority > self.priority:
                return target
        else:
            append_packet(packet, target.queue)
        return self


class IdleTask(Task):
    def __init__(self, system, ident, priority, seed, ticks):
        Task.__init__(self, system, ident, priority, None, 0)
        self.seed = seed
        self.ticks = ticks

    def run(self, packet):
        self.ticks -= 1
        if self.ticks == 0:
            return self.hold_self()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return self.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        Task.__init__(self, system, ident, priority, queue, state)
        self.handler = ID_HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.wait()
        self.handler = ID_HANDLER_A + ID_HANDLER_B - self.handler
        packet.dest = self.handler
        packet.datum = 0
        data = packet.data
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = LETTERS[self.letter]
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        Task.__init__(self, system, ident, priority, queue, state)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = append_packet(packet, self.work)
            else:
                self.devices = append_packet(packet, self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index >= DATA_SIZE:
                self.work = work.link
                return self.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[index]
                work.datum = index + 1
                return self.send(device)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        Task.__init__(self, system, ident, priority, queue, state)
        self.pending = None

    def run(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.wait()
            self.pending = None
            return self.send(packet)
        self.pending = packet
        return self.hold_self()


class System:
    def __init__(self):
        self.tasks_head = None
        self.table = [None] * TASK_COUNT
        self.queued = 0
        self.holds = 0

    def simulate(self, ticks):
        IdleTask(self, ID_IDLE, 0, 1, ticks)
        work = Packet(None, ID_IDLE, KIND_WORK)
        work = Packet(work, ID_IDLE, KIND_WORK)
        WorkerTask(self, ID_WORKER, 1000, work, WAITING | HAS_PACKET)
        for ident, device, priority in ((ID_HANDLER_A, ID_DEVICE_A, 2000),
                                        (ID_HANDLER_B, ID_DEVICE_B, 3000)):
            queue = None
            for _ in range(3):
                queue = Packet(queue, device, KIND_DEVICE)
            HandlerTask(self, ident, priority, queue, WAITING | HAS_PACKET)
        DeviceTask(self, ID_DEVICE_A, 4000, None, WAITING)
        DeviceTask(self, ID_DEVICE_B, 5000, None, WAITING)

        task = self.tasks_head
        while task is not None:
            if task.state == WAITING | HAS_PACKET:
                task = task.run(task.take_packet())
            elif task.state & (WAITING | HELD) == 0:
                task = task.run(None)
            else:
                task = task.next
        return self.queued, self.holds


def run(n):
    results = []
    for _ in range(n):
        queued, holds = System().simulate(10_000)
        if queued != 23246 or holds != 9297:
            raise AssertionError("wrong result: queued=%d holds=%d" % (queued, holds))
        results.append(queued * 100_000 + holds)
    return sum(results)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    t0 = time.perf_counter()
    run(n)  # warm-up
    t1 = time.perf_counter()
    result = run(n)
    t2 = time.perf_counter()
    print("richards(%d) = %d" % (n, result))
    print("warmup: %.6f" % (t1 - t0))
    print("time: %.6f" % (t2 - t1))


main()
