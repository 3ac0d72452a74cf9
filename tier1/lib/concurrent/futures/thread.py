"""ThreadPoolExecutor for `concurrent.futures` (Strata's bundled implementation): a pool of
worker threads fed from one shared queue of work items."""

import os
import queue
import sys
import threading
import traceback

from concurrent.futures._base import Executor, Future, BrokenExecutor

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool']


class BrokenThreadPool(BrokenExecutor):
    """A worker thread's initializer failed, so the pool accepts no more work."""


# Pools that still own worker threads.  Without weak references an unused pool cannot be
# noticed, so pools stay registered until shutdown(); at interpreter exit the remaining ones
# finish their queued work and their workers are joined (see _stop_all_pools).
_pools_lock = threading.Lock()
_live_pools = {}
_interpreter_exiting = False


def _stop_all_pools():
    global _interpreter_exiting
    with _pools_lock:
        _interpreter_exiting = True
        pools = list(_live_pools.values())
        _live_pools.clear()
    for pool in pools:
        pool._stop_workers()
    for pool in pools:
        pool._join_workers()


threading._register_atexit(_stop_all_pools)


# The work queue holds (future, fn, args, kwargs) tuples, and one _STOP per worker at the end.
_STOP = None     # queued once per worker to make it exit


class ThreadPoolExecutor(Executor):
    """Runs submitted calls on up to `max_workers` threads, started on demand and reused."""

    _pool_numbers_lock = threading.Lock()
    _next_pool_number = 0

    @classmethod
    def _new_prefix(cls):
        with cls._pool_numbers_lock:
            number = ThreadPoolExecutor._next_pool_number
            ThreadPoolExecutor._next_pool_number = number + 1
        return f'ThreadPoolExecutor-{number}'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            # The documented default: four more than the CPU count, but never above 32.
            max_workers = min((os.cpu_count() or 1) + 4, 32)
        elif max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if not (initializer is None or callable(initializer)):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or self._new_prefix()
        self._initializer = initializer
        self._initargs = initargs
        self._work_queue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = []
        self._idle = 0             # workers known to be waiting for work and not yet claimed
        self._shutdown = False
        self._stopping = False     # the stop markers have been queued
        self._broken = False       # or the reason the pool broke

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = Future()
            self._work_queue.put((future, fn, args, kwargs))
            if self._idle > 0:
                self._idle -= 1
            elif len(self._threads) < self._max_workers:
                self._start_worker()
            return future

    def _start_worker(self):
        # Called with self._lock held.
        if not self._threads:
            with _pools_lock:
                _live_pools[id(self)] = self
        name = f'{self._thread_name_prefix}_{len(self._threads)}'
        worker = threading.Thread(name=name, target=self._work)
        self._threads.append(worker)
        worker.start()

    def _work(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as exc:
                err = sys.stderr
                if err is not None:
                    print('Exception in initializer:', file=err)
                    traceback.print_exception(type(exc), exc, exc.__traceback__, file=err)
                self._break('A thread initializer failed, the thread pool is not usable anymore')
                return
        take = self._work_queue.get
        while True:
            item = take()
            if item is _STOP:
                return
            future, fn, args, kwargs = item
            # The call runs here rather than in a helper: this loop is the pool's hot path.
            if future.set_running_or_notify_cancel():
                try:
                    outcome = fn(*args, **kwargs)
                except BaseException as exc:
                    future.set_exception(exc)
                else:
                    future.set_result(outcome)
            # Drop every reference to the finished call before idling on the queue.
            item = future = fn = args = kwargs = outcome = None
            with self._lock:
                self._idle += 1

    def _drain(self, settle):
        """Empty the work queue (self._lock held), passing each pending future to `settle`;
        the stop markers found on the way are queued again."""
        markers = []
        grab = self._work_queue.get_nowait
        while True:
            try:
                entry = grab()
            except queue.Empty:
                break
            if entry is _STOP:
                markers.append(entry)
            else:
                settle(entry[0])
        for marker in markers:
            self._work_queue.put(marker)

    def _break(self, reason):
        def fail(future):
            if future.set_running_or_notify_cancel():
                future.set_exception(BrokenThreadPool(reason))

        with self._lock:
            self._broken = reason
            self._drain(fail)

    def _stop_workers(self):
        with self._lock:
            self._shutdown = True
            if self._stopping:
                return
            self._stopping = True
            for _ in self._threads:
                self._work_queue.put(_STOP)

    def _join_workers(self):
        with self._lock:
            workers = list(self._threads)
        me = threading.current_thread()
        for worker in workers:
            if worker is not me:
                worker.join()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; queued calls still run unless cancel_futures is true.  With
        wait=True, return only after every worker has exited."""
        if cancel_futures:
            with self._lock:
                self._shutdown = True
                self._drain(Future.cancel)
        self._stop_workers()
        with _pools_lock:
            _live_pools.pop(id(self), None)
        if wait:
            self._join_workers()
