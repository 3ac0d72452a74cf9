"""ProcessPoolExecutor for `concurrent.futures` (Strata's bundled implementation): Strata
cannot run callables in other processes, so constructing one raises NotImplementedError."""

from concurrent.futures._base import Executor, BrokenExecutor

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(BrokenExecutor):
    """A worker process terminated abruptly (never raised by Strata)."""


class ProcessPoolExecutor(Executor):
    """Not supported by Strata: use ThreadPoolExecutor."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        raise NotImplementedError(
            'ProcessPoolExecutor is not supported by strata: use ThreadPoolExecutor')
