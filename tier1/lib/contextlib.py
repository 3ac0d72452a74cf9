"""Utilities for with-statement contexts (Strata's bundled implementation of the standard
`contextlib` module)."""

import sys as _sys
from functools import wraps as _wraps

__all__ = ['contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress',
           'chdir']


class AbstractContextManager:
    """Base class for context managers: __enter__ returns self, __exit__ is abstract."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


class ContextDecorator:
    """Base class letting a context manager also be used as a function decorator: the
    decorated function runs inside `with self._recreate_cm():`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        fresh_cm = self._recreate_cm

        @_wraps(func)
        def run_within(*args, **kwds):
            with fresh_cm():
                return func(*args, **kwds)

        return run_within


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager returned by a @contextmanager function: runs the generator up to
    its yield on enter, and resumes it (or throws the exception into it) on exit."""

    def __init__(self, func, args, kwds):
        # Remember how the generator was made so that a decorated function can build a
        # fresh manager for every call (see _recreate_cm).
        self.func = func
        self.args = args
        self.kwds = kwds
        self.gen = func(*args, **kwds)
        doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Entered once only: the recipe for another copy is no longer needed.
        del self.func, self.args, self.kwds
        for produced in self.gen:
            return produced
        raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            # Normal exit: the generator must finish without yielding again.
            for _ in gen:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        try:
            gen.throw(value)
        except BaseException as outcome:
            if outcome is value:
                # The generator let the exception through untouched: let it propagate.
                return False
            if isinstance(outcome, StopIteration):
                # The generator handled the exception and returned: swallow it.
                return True
            if (isinstance(outcome, RuntimeError) and isinstance(value, StopIteration)
                    and outcome.__cause__ is value):
                # PEP 479 turned the StopIteration we threw in into a RuntimeError.
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a generator function that yields once into a context manager
    factory: the code before the yield is __enter__, the code after it __exit__."""

    @_wraps(func)
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return make_manager


class closing(AbstractContextManager):
    """Context manager calling thing.close() on exit: with closing(x) as x: ..."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing


class nullcontext(AbstractContextManager):
    """Context manager that does nothing; `with nullcontext(x) as y` gives y = x."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, *excinfo):
        return None

    def __enter__(self):
        return self.enter_result


class _StreamSwap(AbstractContextManager):
    """Swap the sys attribute named by `_stream` for a replacement while the block runs.
    Re-entrant: each entry saves what it displaced, and each exit restores the latest."""

    _stream = None

    def __init__(self, new_target):
        self._replacement = new_target
        self._displaced = []

    def __enter__(self):
        name = self._stream
        self._displaced.append(getattr(_sys, name))
        setattr(_sys, name, self._replacement)
        return self._replacement

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._displaced.pop())


class redirect_stdout(_StreamSwap):
    """Context manager temporarily replacing sys.stdout with another file-like object."""

    _stream = 'stdout'


class redirect_stderr(_StreamSwap):
    """Context manager temporarily replacing sys.stderr with another file-like object."""

    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Context manager silencing the given exception types (and their subclasses) raised in
    its block; execution continues after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)

    def __enter__(self):
        return None


class chdir(AbstractContextManager):
    """Context manager changing the working directory, and changing it back on exit."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        """Remember where we are (a stack, so one instance can be nested), then move."""
        import os
        saved = self._previous
        saved.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        """Go back to the directory saved by the matching __enter__."""
        import os
        os.chdir(self._previous.pop())


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, run last-in first-out when the stack is closed (or its
    with block ends), each seeing the exception left by the ones before it."""

    def __init__(self):
        self._exit_callbacks = []

    def __enter__(self):
        return self

    def close(self):
        """Run every callback now."""
        self.__exit__(None, None, None)

    def pop_all(self):
        """Move all callbacks to a new ExitStack and return it; this stack becomes empty."""
        successor = type(self)()
        successor._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return successor

    def _add_manager_exit(self, manager, exit_function):
        """Queue exit_function as an unbound __exit__ to call on manager."""
        def exit_manager(exc_type, exc, tb):
            return exit_function(manager, exc_type, exc, tb)

        exit_manager.__self__ = manager
        self._exit_callbacks.append(exit_manager)

    def push(self, exit):
        """Register an exit callback: a context manager's __exit__ (the object is given), or
        any callable with the __exit__ signature."""
        unbound = getattr(type(exit), '__exit__', None)
        if unbound is not None:
            self._add_manager_exit(exit, unbound)
        else:
            self._exit_callbacks.append(exit)
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; return what its __enter__ returned."""
        kind = type(cm)
        enter = getattr(kind, '__enter__', None)
        leave = getattr(kind, '__exit__', None)
        if enter is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not "
                            f"support the context manager protocol")
        entered = enter(cm)
        self._add_manager_exit(cm, leave)
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit (it cannot suppress exceptions)."""
        def call_ignoring_exception(exc_type, exc, tb):
            callback(*args, **kwds)

        call_ignoring_exception.__wrapped__ = callback
        self._exit_callbacks.append(call_ignoring_exception)
        return callback

    def __exit__(self, *exc_details):
        came_with_exception = exc_details[0] is not None
        # Whatever the code around the with statement is already handling: an exception a
        # callback raises gets it as its automatic __context__.
        surrounding = _sys.exc_info()[1]
        details = exc_details
        live = exc_details[1]        # the exception now on its way out, if any
        swallowed = False
        must_raise = False
        callbacks = self._exit_callbacks
        while callbacks:
            step = callbacks.pop()
            try:
                handled = step(*details)
            except BaseException as err:
                _chain_onto(err, live, surrounding)
                live = err
                details = (type(err), err, err.__traceback__)
                must_raise = True
                continue
            if handled:
                swallowed = True
                must_raise = False
                live = None
                details = (None, None, None)
        if must_raise:
            # Raising here would make `surrounding` the context; keep the chain built above.
            kept = live.__context__
            try:
                raise live
            except BaseException:
                live.__context__ = kept
                raise
        return came_with_exception and swallowed


def _chain_onto(err, previous, surrounding):
    """Make err's context chain lead to previous (the exception err replaces), the way
    nested with statements would: walk err's chain and, at the link that points to the
    surrounding exception, point to previous instead. A chain that already reaches previous,
    or ends without meeting the surrounding exception, is left alone."""
    link = err
    while True:
        nxt = link.__context__
        if nxt is previous or nxt is None:
            return
        if nxt is surrounding:
            link.__context__ = previous
            return
        link = nxt
