"""Asynchronous execution of callables (Strata's bundled implementation of the standard
`concurrent.futures` package): re-exports Future, the executors, wait() and as_completed()."""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed,
    DoneAndNotDoneFutures)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor', 'InvalidStateError')
