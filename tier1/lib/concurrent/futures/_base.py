"""Executor-independent parts of `concurrent.futures` (Strata's bundled implementation): the
Future class, the abstract Executor, wait(), as_completed() and the package's exceptions."""

import sys
import threading
import traceback
from collections import namedtuple
from time import monotonic as _monotonic

try:
    from types import GenericAlias as _GenericAlias
except ImportError:          # pragma: no cover - every supported runtime has it
    _GenericAlias = None

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# Future states.  CANCELLED_AND_NOTIFIED marks a cancelled future whose executor has seen the
# cancellation (set_running_or_notify_cancel() returned False).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_STATE_WORDS = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}


class Error(Exception):
    """Base class for the package's own exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor has become unusable (e.g. a worker failed to initialise)."""


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


class _Watch:
    """Collects the futures that complete while a wait() or as_completed() call watches them."""

    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.completed = []
        self.saw_exception = False

    def future_done(self, future):
        with self.cond:
            self.completed.append(future)
            if future._state == FINISHED and future._exception is not None:
                self.saw_exception = True
            self.cond.notify_all()


def _report_callback_error(future, exc):
    err = sys.stderr
    if err is None:
        return
    print(f'exception calling callback for {future!r}', file=err)
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=err)


class Future:
    """The eventual outcome of a call: pending, then running, then finished (a result or an
    exception) -- or cancelled before it ever ran."""

    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._state = PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._watches = []

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)

    def __repr__(self):
        state = self._state
        head = f'<{type(self).__name__} at {id(self):#x} state={_STATE_WORDS[state]}'
        if state == FINISHED:
            if self._exception is not None:
                return f'{head} raised {type(self._exception).__name__}>'
            return f'{head} returned {type(self._result).__name__}>'
        return head + '>'

    # -- completion ------------------------------------------------------------------------

    def _is_done(self):
        return self._state in _DONE_STATES

    def _complete(self, state, result, exception, from_states=(PENDING, RUNNING)):
        """Move to a final state if the current one is in `from_states`, then tell the
        watchers and run the callbacks; returns False (changing nothing) otherwise."""
        with self._cond:
            if self._state not in from_states:
                return False
            self._result = result
            self._exception = exception
            self._state = state
            callbacks, self._callbacks = self._callbacks, []
            watches, self._watches = self._watches, []
            self._cond.notify_all()
        for watch in watches:
            watch.future_done(self)
        for fn in callbacks:
            self._call_callback(fn)
        return True

    def _call_callback(self, fn):
        try:
            fn(self)
        except Exception as exc:
            _report_callback_error(self, exc)

    def _add_watch(self, watch):
        """Register `watch` unless the future is already done; True if registered."""
        with self._cond:
            if self._state in _DONE_STATES:
                return False
            self._watches.append(watch)
            return True

    def _remove_watch(self, watch):
        with self._cond:
            try:
                self._watches.remove(watch)
            except ValueError:
                pass

    # -- public API ------------------------------------------------------------------------

    def cancel(self):
        """Cancel the call if it has not started; True if the future is (now) cancelled."""
        if self._complete(CANCELLED, None, None, (PENDING,)):
            return True
        return self._state in _CANCELLED_STATES

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def _outcome(self):
        state = self._state
        if state in _CANCELLED_STATES:
            raise CancelledError()
        if state != FINISHED:
            raise TimeoutError()

    def _wait_done(self, timeout):
        with self._cond:
            if self._state not in _DONE_STATES:
                self._cond.wait_for(self._is_done, timeout)

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds; re-raises its exception.

        Raises CancelledError if cancelled and TimeoutError if not done in time."""
        self._wait_done(timeout)
        self._outcome()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        """The exception raised by the call (None if it returned), waiting like result()."""
        self._wait_done(timeout)
        self._outcome()
        return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future finishes or is cancelled (at once if it already is)."""
        with self._cond:
            if self._state not in _DONE_STATES:
                self._callbacks.append(fn)
                return
        self._call_callback(fn)

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running (True) or acknowledge its cancellation (False)."""
        with self._cond:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _invalid_state(self):
        return InvalidStateError(f'{self._state}: {self!r}')

    def set_result(self, result):
        """For executors and tests: complete the future with a result."""
        if not self._complete(FINISHED, result, None):
            raise self._invalid_state()

    def set_exception(self, exception):
        """For executors and tests: complete the future with an exception."""
        if not self._complete(FINISHED, None, exception):
            raise self._invalid_state()


class Executor:
    """Abstract base class of executors: subclasses provide submit() (and shutdown())."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run concurrently; the returned iterator
        yields the results in order and re-raises a call's exception when reaching it."""
        deadline = None if timeout is None else _monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; it accepts no work afterwards."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.shutdown(wait=True)
        return False


def _results_in_order(futures, deadline):
    position = 0
    try:
        while position < len(futures):
            future = futures[position]
            if deadline is None:
                value = future.result()
            else:
                value = future.result(deadline - _monotonic())
            futures[position] = None
            position += 1
            yield value
    finally:
        # Abandoned or failed iteration: the calls nobody will look at need not run.
        for future in futures[position:]:
            if future is not None:
                future.cancel()


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `fs` until `return_when` holds or `timeout` expires; returns the
    named pair (done, not_done) of sets.  An unknown `return_when` waits for all of them."""
    fs = set(fs)
    watch = _Watch()
    watched = []
    done_before = 0
    exception_before = False
    for f in fs:
        if f._add_watch(watch):
            watched.append(f)
        else:
            done_before += 1
            if f._state == FINISHED and f._exception is not None:
                exception_before = True
    total = len(fs)

    def satisfied():
        done_count = done_before + len(watch.completed)
        if done_count >= total:
            return True
        if return_when == FIRST_COMPLETED:
            return done_count > 0
        if return_when == FIRST_EXCEPTION:
            return exception_before or watch.saw_exception
        return False

    try:
        with watch.cond:
            watch.cond.wait_for(satisfied, timeout)
    finally:
        for f in watched:
            f._remove_watch(watch)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """An iterator over the futures in `fs` (duplicates once) yielding each as it completes;
    those already done come first.  Raises TimeoutError if `timeout` seconds after this call
    some are still unfinished."""
    deadline = None if timeout is None else _monotonic() + timeout
    fs = set(fs)
    watch = _Watch()
    already_done = []
    watched = []
    for f in fs:
        if f._add_watch(watch):
            watched.append(f)
        else:
            already_done.append(f)
    return _yield_as_completed(already_done, watched, watch, deadline, len(fs))


def _yield_as_completed(already_done, watched, watch, deadline, total):
    try:
        for f in already_done:
            yield f
        outstanding = set(watched)
        while outstanding:
            with watch.cond:
                if not watch.completed:
                    if deadline is None:
                        watch.cond.wait_for(lambda: watch.completed)
                    else:
                        remaining = deadline - _monotonic()
                        if remaining > 0:
                            watch.cond.wait_for(lambda: watch.completed, remaining)
                    if not watch.completed:
                        raise TimeoutError(
                            f'{len(outstanding)} (of {total}) futures unfinished')
                batch, watch.completed = watch.completed, []
            for f in batch:
                if f in outstanding:
                    outstanding.discard(f)
                    yield f
    finally:
        for f in watched:
            f._remove_watch(watch)
