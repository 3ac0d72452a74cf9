"""atexit: functions registered to run when the interpreter exits normally, newest first,
after the non-daemon threads were joined. The engine calls `_run_exitfuncs()` at exit; this
module owns only the registry."""

import sys as _sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register `func(*args, **kwargs)` to run at exit; returns `func` (usable as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of `func` (compared with ==)."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Run and forget the registered functions, newest first; report their exceptions."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            print("Exception ignored in atexit callback: %r" % (func,), file=_sys.stderr)
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__)
