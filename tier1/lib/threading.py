"""Thread objects and synchronisation primitives (Strata's bundled implementation of the
standard `threading` module), built only on the native `_thread` locks and thread starter.
Owns Thread, Condition, Semaphore, Event, Barrier, Timer, local, excepthook and `_shutdown`."""

import sys as _sys
import _thread
from time import monotonic as _monotonic
import traceback as _traceback

__all__ = ['get_ident', 'get_native_id', 'active_count', 'activeCount', 'Condition',
           'current_thread', 'currentThread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'excepthook',
           'local', 'settrace', 'setprofile', 'gettrace', 'getprofile']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

# The native locks are used directly: threading.Lock() is a plain `_thread` lock and
# threading.RLock() a native reentrant lock.
Lock = _allocate_lock


def RLock(*args, **kwargs):
    """A new reentrant lock (the native `_thread.RLock`)."""
    return _thread.RLock(*args, **kwargs)


def _deprecated(old, new):
    import warnings
    warnings.warn(f'{old} is deprecated, {new} instead', DeprecationWarning, stacklevel=3)


def _clamp(timeout):
    """A timeout usable by a native lock's acquire (at most TIMEOUT_MAX)."""
    return TIMEOUT_MAX if timeout > TIMEOUT_MAX else timeout


def _acquire_within(lock, timeout):
    """Acquire `lock`, blocking for at most `timeout` seconds (None: forever; <= 0: try once)."""
    if timeout is None:
        return lock.acquire()
    if timeout > 0:
        return lock.acquire(True, _clamp(timeout))
    return lock.acquire(False)


# ---------------------------------------------------------------------------
# Trace / profile hooks: remembered and installed in every thread started here (only when the
# sys module offers the matching setter).

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


# ---------------------------------------------------------------------------
# Condition variables


class Condition:
    """A condition variable bound to a lock (a new RLock when none is given).

    Each waiter parks on a private, already-held native lock; notify() hands a waiter on by
    releasing its private lock."""

    def __init__(self, lock=None):
        self._lock = lock = RLock() if lock is None else lock
        self._waiters = []
        # Expose the lock's own acquire/release so that cond.acquire() costs no extra frame.
        self.acquire, self.release = lock.acquire, lock.release
        # An RLock knows its owner and can save/restore its recursion depth: adopt those hooks
        # when the lock offers them; plain locks keep the class-level fallbacks below.
        for hook in ('_is_owned', '_release_save', '_acquire_restore'):
            bound = getattr(lock, hook, None)
            if bound is not None:
                setattr(self, hook, bound)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return f'<Condition({self._lock!r}, {len(self._waiters)})>'

    def _is_owned(self):
        # A plain lock cannot tell who holds it: "held by someone" is the best available answer.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def wait(self, timeout=None):
        """Release the lock, block until notified or `timeout` expires, re-acquire the lock.

        Returns True when notified, False when the timeout expired."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._release_save()
        notified = False
        try:
            notified = _acquire_within(gate, timeout)
        finally:
            self._acquire_restore(state)
            if not notified:
                try:
                    self._waiters.remove(gate)
                except ValueError:
                    # A notifier took the gate off the list (and released it) between the
                    # timeout and our re-acquiring the lock: that notification is ours.
                    notified = True
        return notified

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or `timeout` expires; return the last predicate value."""
        result = predicate()
        deadline = None
        while not result:
            if timeout is not None:
                if deadline is None:
                    deadline = _monotonic() + timeout
                remaining = deadline - _monotonic()
                if remaining <= 0:
                    break
                self.wait(remaining)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most `n` threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiters = self._waiters
        if not waiters or n <= 0:
            return
        woken = waiters[:n]
        del waiters[:n]
        for gate in woken:
            gate.release()

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll()', 'use notify_all()')
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores, events, barriers


def _class_path(obj):
    cls = type(obj)
    return f'{cls.__module__}.{cls.__qualname__}'


class Semaphore:
    """A counter that acquire() decrements (blocking while it is zero) and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return f'<{_class_path(self)} at {id(self):#x}: value={self._value}>'

    def _positive(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value <= 0:
                if not blocking:
                    return False
                if not self._cond.wait_for(self._positive, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, exc_type, exc_value, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return (f'<{_class_path(self)} at {id(self):#x}: '
                f'value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            self._cond.notify(n)


class Event:
    """A boolean flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return f"<{_class_path(self)} at {id(self):#x}: {'set' if self._flag else 'unset'}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet()', 'use is_set()')
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set (or `timeout` expires); return True iff it was set."""
        with self._cond:
            if self._flag:
                return True
            # Only set() notifies, so being notified means the flag was set meanwhile.
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait() when the barrier is broken or reset while a thread waits."""


class _Round:
    """One filling of a Barrier: it either passes (everyone arrived) or breaks."""

    def __init__(self):
        self.passed = False
        self.broken = False

    def over(self):
        return self.passed or self.broken


class Barrier:
    """Lets a fixed number of threads wait for each other; reusable round after round."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = _Round()
        self._count = 0
        self._broken = False

    def __repr__(self):
        if self._broken:
            return f'<{_class_path(self)} at {id(self):#x}: broken>'
        return f'<{_class_path(self)} at {id(self):#x}: waiters={self._count}/{self._parties}>'

    def _break(self):
        # Caller holds the condition.
        self._broken = True
        self._round.broken = True
        self._count = 0
        self._cond.notify_all()

    def wait(self, timeout=None):
        """Wait until all parties have called wait(); return this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            this_round = self._round
            index = self._count
            self._count += 1
            if self._count == self._parties:
                # Last arrival: run the action on behalf of everyone, then open the barrier.
                if self._action is not None:
                    try:
                        self._action()
                    except BaseException:
                        self._break()
                        raise
                this_round.passed = True
                self._round = _Round()
                self._count = 0
                self._cond.notify_all()
                return index
            if not self._cond.wait_for(this_round.over, timeout):
                self._break()
                raise BrokenBarrierError
            if this_round.broken:
                raise BrokenBarrierError
            return index

    def reset(self):
        """Return the barrier to its empty state; threads waiting in it get BrokenBarrierError."""
        with self._cond:
            self._round.broken = True
            self._round = _Round()
            self._count = 0
            self._broken = False
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state until reset() is called."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


# ---------------------------------------------------------------------------
# Thread registry

_registry_lock = _allocate_lock()
_active = {}        # ident -> Thread, for every running thread known to this module
_starting = {}      # id(thread) -> Thread, between start() and the new thread's first step
_name_counter = 0
_atexit_calls = []
_shutting_down = False


def _newname(template):
    global _name_counter
    with _registry_lock:
        _name_counter += 1
        return template % _name_counter


def _register_atexit(func, *args, **kwargs):
    """Arrange for func(*args, **kwargs) to run when _shutdown() starts, before the
    non-daemon threads are joined (last registered runs first)."""
    with _registry_lock:
        if _shutting_down:
            raise RuntimeError("can't register atexit after shutdown")
        _atexit_calls.append((func, args, kwargs))


# ---------------------------------------------------------------------------
# Thread-local data.  Each `local` keeps one attribute dict per thread ident; every thread
# remembers which locals it touched so that its dicts are dropped when it finishes.

_locals_by_thread = {}   # ident -> list of _LocalState touched by that thread


def _forget_locals(ident):
    with _registry_lock:
        states = _locals_by_thread.pop(ident, None)
    if states:
        for state in states:
            with state.lock:
                state.dicts.pop(ident, None)


class _LocalState:
    """The per-thread dicts of one `local` instance and the arguments for re-running
    __init__ in each new thread (`initialised` turns true once the creating thread's own
    __init__ is under way)."""

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}
        self.lock = _allocate_lock()
        self.initialised = False
        self.dead = False


def _local_dict(obj):
    """The calling thread's attribute dict of `obj`, creating (and initialising) it if needed."""
    state = object.__getattribute__(obj, '_local__state')
    ident = get_ident()
    d = state.dicts.get(ident)
    if d is not None:
        return d
    d = {}
    with state.lock:
        state.dicts[ident] = d
    with _registry_lock:
        touched = _locals_by_thread.setdefault(ident, [])
        touched.append(state)
        n = len(touched)
        if n >= 64 and n & (n - 1) == 0:
            # A long-lived thread may touch many short-lived locals: drop the dead ones.
            touched[:] = [st for st in touched if not st.dead]
    if state.initialised:
        cls = type(obj)
        if _defines_init(cls):
            cls.__init__(obj, *state.args, **state.kwargs)
    return d


def _defines_init(cls):
    """True if a class below `object` in cls's MRO defines __init__."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        if '__init__' in klass.__dict__:
            return True
    return False


def _class_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return True, klass.__dict__[name]
    return False, None


def _is_data_descriptor(attr):
    t = type(attr)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


_READ_ONLY_DICT = "'%s' object attribute '__dict__' is read-only"


class local:
    """Thread-local data: attributes set on an instance are seen only by the thread that set
    them.  A subclass's __init__ runs again, with the constructor's arguments, the first time
    each other thread touches the instance."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and not _defines_init(cls):
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        state = _LocalState(args, kwargs)
        object.__setattr__(self, '_local__state', state)
        # The creating thread gets its dict now; type.__call__ then runs __init__ on it.
        _local_dict(self)
        state.initialised = True
        return self

    def __del__(self):
        # Free every thread's values now; the threads' lists of touched locals may still
        # name this state, so mark it dead for them.
        state = object.__getattribute__(self, '_local__state')
        state.dead = True
        with state.lock:
            state.dicts.clear()

    def __getattribute__(self, name):
        if name == '__dict__':
            return _local_dict(self)
        if name == '_local__state' or (name[:2] == '__' and name[-2:] == '__'):
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        found, attr = _class_attr(type(self), name)
        if found and _is_data_descriptor(attr):
            return object.__getattribute__(self, name)
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(_READ_ONLY_DICT % type(self).__name__)
        d = _local_dict(self)
        found, attr = _class_attr(type(self), name)
        if found and _is_data_descriptor(attr):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(_READ_ONLY_DICT % type(self).__name__)
        d = _local_dict(self)
        found, attr = _class_attr(type(self), name)
        if found and _is_data_descriptor(attr):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


# ---------------------------------------------------------------------------
# Uncaught exceptions in threads


class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread)."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError('threading.ExceptHookArgs() takes a 4-sequence '
                            f'({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0], doc='Exception type.')
    exc_value = property(lambda self: self[1], doc='Exception value.')
    exc_traceback = property(lambda self: self[2], doc='Exception traceback.')
    thread = property(lambda self: self[3], doc='Thread that raised the exception.')

    def __repr__(self):
        return (f'threading.ExceptHookArgs(exc_type={self[0]!r}, exc_value={self[1]!r}, '
                f'exc_traceback={self[2]!r}, thread={self[3]!r})')


def excepthook(args, /):
    """Report an exception that escaped Thread.run() on sys.stderr (SystemExit is ignored)."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        thread = args.thread
        stderr = getattr(thread, '_stderr', None) if thread is not None else None
        if stderr is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f'Exception in thread {name}:', file=stderr, flush=True)
    _traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _report_uncaught(thread, exc):
    """Route an exception that escaped `thread`'s run() to the current threading.excepthook;
    if the hook itself fails, fall back to sys.excepthook."""
    args = ExceptHookArgs((type(exc), exc, exc.__traceback__, thread))
    try:
        excepthook(args)
    except BaseException as hook_exc:
        hook_exc.__suppress_context__ = True
        try:
            if _sys.stderr is not None:
                print('Exception in threading.excepthook:', file=_sys.stderr, flush=True)
            _sys.excepthook(type(hook_exc), hook_exc, hook_exc.__traceback__)
        except BaseException:
            pass


# ---------------------------------------------------------------------------
# Threads


class Thread:
    """A thread of control: run() executes in a separate OS thread once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                target_name = getattr(target, '__name__', None)
                if target_name is not None:
                    name += f' ({target_name})'
        if daemon is None:
            daemon = current_thread().daemon
        self._target = target
        self._args = tuple(args)
        self._kwargs = {} if kwargs is None else kwargs
        self._name = name
        self._daemon = bool(daemon)
        self._ident = None
        self._native_id = None
        self._start_called = False
        self._started = False
        self._is_stopped = False
        # Held from creation until the thread has finished: join() waits on it.
        self._done_lock = _allocate_lock()
        self._done_lock.acquire()
        # Held until the new thread has registered itself: start() waits on it.
        self._boot_lock = _allocate_lock()
        self._boot_lock.acquire()
        self._sentinel = None
        self._stderr = _sys.stderr
        self._initialized = True

    def _check_init(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')

    def __repr__(self):
        self._check_init()
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemon:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {status})>'

    def start(self):
        """Start the thread's activity; may be called at most once per Thread object."""
        self._check_init()
        with _registry_lock:
            if self._start_called:
                raise RuntimeError('threads can only be started once')
            self._start_called = True
            _starting[id(self)] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except BaseException:
            with _registry_lock:
                _starting.pop(id(self), None)
            raise
        self._boot_lock.acquire()
        self._boot_lock.release()

    def run(self):
        """The thread's activity: calls the target with args and kwargs (override in subclasses)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so that the thread object does not keep them alive.
            self._target = self._args = self._kwargs = None

    def _bootstrap(self):
        try:
            ident = get_ident()
            self._ident = ident
            self._native_id = get_native_id()
            self._sentinel = _thread._set_sentinel()
            _forget_locals(ident)   # entries left by an earlier thread with the same ident
            with _registry_lock:
                _active[ident] = self
                _starting.pop(id(self), None)
            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            self._started = True
        finally:
            self._boot_lock.release()
        try:
            self.run()
        except BaseException as exc:
            _report_uncaught(self, exc)
            exc = None
        finally:
            self._finish()

    def _finish(self):
        ident = self._ident
        _forget_locals(ident)
        with _registry_lock:
            self._is_stopped = True
            if _active.get(ident) is self:
                del _active[ident]
        self._done_lock.release()

    def _wait_done(self, timeout=None):
        deadline = None if timeout is None else _monotonic() + timeout
        if not _acquire_within(self._done_lock, timeout):
            return False
        self._done_lock.release()
        # The native thread finishes after run(): wait until it has let go of everything.
        sentinel = self._sentinel
        if sentinel is not None:
            left = None if deadline is None else deadline - _monotonic()
            if not _acquire_within(sentinel, left):
                return False
            sentinel.release()
        return True

    def join(self, timeout=None):
        """Wait until the thread terminates, or until `timeout` seconds have passed."""
        self._check_init()
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self._ident == get_ident():
            raise RuntimeError('cannot join current thread')
        if timeout is not None and timeout < 0:
            timeout = 0
        self._wait_done(timeout)

    def is_alive(self):
        """True from just before run() starts until just after it terminates."""
        self._check_init()
        return self._started and not self._is_stopped

    @property
    def name(self):
        self._check_init()
        return self._name

    @name.setter
    def name(self, name):
        self._check_init()
        self._name = str(name)

    @property
    def ident(self):
        self._check_init()
        return self._ident

    @property
    def native_id(self):
        self._check_init()
        return self._native_id

    @property
    def daemon(self):
        self._check_init()
        return self._daemon

    @daemon.setter
    def daemon(self, daemonic):
        self._check_init()
        if self._start_called:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemon = bool(daemonic)

    def isDaemon(self):
        _deprecated('isDaemon()', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon()', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName()', 'get the name attribute')
        return self.name

    def setName(self, name):
        _deprecated('setName()', 'set the name attribute')
        self.name = name


class _MainThread(Thread):
    """The thread that imported this module (the interpreter's main thread)."""

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._start_called = True
        self._started = True
        self._boot_lock.release()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread not started by this module (e.g. by _thread.start_new_thread).
    It is always alive and daemonic, and cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._start_called = True
        self._started = True
        self._boot_lock.release()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError('cannot join a dummy thread')


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval` seconds unless cancel()
    is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.finished = Event()
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        flag = self.finished
        # wait() returns True when cancel() came first; the second test closes the window
        # between the timeout and the call.
        if not flag.wait(self.interval) and not flag.is_set():
            self.function(*self.args, **self.kwargs)
        flag.set()


# ---------------------------------------------------------------------------
# Module-level queries


def current_thread():
    """The Thread object of the calling thread (a dummy one for foreign threads)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread()', 'use current_thread()')
    return current_thread()


def main_thread():
    """The main Thread object (the thread the interpreter started in)."""
    return _main_thread


def active_count():
    """The number of Thread objects currently alive."""
    with _registry_lock:
        return len(_active) + len(_starting)


def activeCount():
    _deprecated('activeCount()', 'use active_count()')
    return active_count()


def enumerate():
    """A list of all Thread objects currently alive."""
    with _registry_lock:
        return list(_active.values()) + list(_starting.values())


def _shutdown():
    """Called by the interpreter at exit: run the _register_atexit callbacks (the main thread
    still counts as alive meanwhile), mark the main thread as finished and join every
    non-daemon thread still alive."""
    global _shutting_down
    with _registry_lock:
        if _shutting_down:
            return
        _shutting_down = True
        calls = list(_atexit_calls)
    for func, args, kwargs in reversed(calls):
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _traceback.print_exception(type(exc), exc, exc.__traceback__, file=_sys.stderr)
    main = _main_thread
    if not main._is_stopped:
        main._is_stopped = True
        main._done_lock.release()
    me = get_ident()
    while True:
        with _registry_lock:
            pending = [t for t in list(_active.values()) + list(_starting.values())
                       if not t._daemon and t is not main and t._ident != me
                       and not t._is_stopped]
        if not pending:
            break
        for t in pending:
            t._wait_done()


_main_thread = _MainThread()
