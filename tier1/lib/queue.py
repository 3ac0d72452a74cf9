"""Synchronised queues for passing items between threads (Strata's bundled implementation of
the standard `queue` module): Queue (FIFO), LifoQueue, PriorityQueue and SimpleQueue, plus the
Empty and Full exceptions."""

import threading
from collections import deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _monotonic

try:
    from types import GenericAlias as _GenericAlias
except ImportError:          # pragma: no cover - every supported runtime has it
    _GenericAlias = None

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a non-blocking or timed-out get() on an empty queue."""


class Full(Exception):
    """Raised by a non-blocking or timed-out put() on a full queue."""


_BAD_TIMEOUT = "'timeout' must be a non-negative number"


class Queue:
    """A FIFO queue, bounded when maxsize > 0, that also counts unfinished tasks for join().

    Subclasses change the ordering by overriding _init, _qsize, _put and _get, which are always
    called with the queue's mutex held."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0
        # A single lock protects the storage and the counter; every condition is built on it.
        lock = self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(lock), threading.Condition(lock), threading.Condition(lock))

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)

    # Storage hooks (the default storage is a deque; the mutex is held on every call).
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    # Predicates given to Condition.wait_for.
    def _is_full(self):
        return 0 < self.maxsize <= self._qsize()

    def _has_room(self):
        return not (0 < self.maxsize <= self._qsize())

    def _has_items(self):
        return self._qsize() > 0

    def qsize(self):
        """The approximate number of items in the queue."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is empty (at the moment of the call)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is full (at the moment of the call)."""
        with self.mutex:
            return self._is_full()

    def _put(self, item):
        self.queue.append(item)

    def put(self, item, block=True, timeout=None):
        """Put `item` into the queue, waiting (at most `timeout` seconds when given) for a free
        slot if `block` is true; raise Full if no slot became available."""
        room = self.not_full
        with room:
            if self.maxsize > 0 and self._is_full():
                if not block:
                    raise Full
                if timeout is not None:
                    if timeout < 0:
                        raise ValueError(_BAD_TIMEOUT)
                    if not room.wait_for(self._has_room, timeout):
                        raise Full
                else:
                    room.wait_for(self._has_room)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, False)

    def _get(self):
        return self.queue.popleft()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (at most `timeout` seconds when given) for one if
        `block` is true; raise Empty if none became available."""
        ready = self.not_empty
        with ready:
            if block and timeout is not None and timeout < 0:
                raise ValueError(_BAD_TIMEOUT)
            if not self._qsize():
                if not block:
                    raise Empty
                # With timeout None, wait_for never gives up.
                if not ready.wait_for(self._has_items, timeout):
                    raise Empty
            taken = self._get()
            self.not_full.notify()
            return taken

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def task_done(self):
        """Mark one previously fetched item as processed (for join())."""
        done = self.all_tasks_done
        with done:
            left = self.unfinished_tasks
            if left <= 0:
                raise ValueError('task_done() called too many times')
            left -= 1
            self.unfinished_tasks = left
            if not left:
                done.notify_all()

    def join(self):
        """Block until every item put into the queue has been marked done with task_done()."""
        done = self.all_tasks_done
        with done:
            while self.unfinished_tasks:
                done.wait()


class LifoQueue(Queue):
    """A queue that returns the most recently added item first."""

    # A list is the stack; Queue's _qsize and _put (len / append) already suit it.
    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A queue that returns the smallest item first (items are typically (priority, data))."""

    # A list kept in heap order; Queue's _qsize (len) already suits it.
    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return _heappop(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)


class SimpleQueue:
    """An unbounded FIFO queue without task tracking; put() never blocks."""

    def __init__(self):
        self._items = deque()
        self._ready = threading.Condition(threading.Lock())

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)

    def _has_items(self):
        return len(self._items) > 0

    def put(self, item, block=True, timeout=None):
        """Put `item` into the queue (block and timeout exist for Queue compatibility)."""
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one as Queue.get() does."""
        if block and timeout is not None and timeout < 0:
            raise ValueError(_BAD_TIMEOUT)
        with self._ready:
            if not self._items:
                if not block:
                    raise Empty
                if not self._ready.wait_for(self._has_items, timeout):
                    raise Empty
            return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
