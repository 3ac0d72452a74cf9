"""Helpers shared by the stress programs: waiting until every started thread is gone, and taking
and checking Strata's live-object count around a test."""

import gc
import sys
import threading
import time
import _thread


def settle():
    """Waits until every started thread is gone (on Strata: including its teardown), then
    lets the eval loop merge the objects other threads queued for this one."""
    while _thread._count():
        time.sleep(0.001)
    for _ in range(5000):
        pass


STRATA = sys.implementation.name == 'strata'


def live_baseline(collect=False):
    """Strata's live-object count to compare against after the test (0 elsewhere). It first
    switches the process to multi-threaded mode with a short thread (Strata makes its shared
    definitions immortal then, which would move the count) and waits for that thread."""
    t = threading.Thread(target=int)
    t.start()
    t.join()
    del t
    settle()
    if collect:
        gc.collect()
    return sys.getallocatedblocks() if STRATA else 0


def live_change(base, collect=False):
    """None when Strata's live-object count is back to `base` once every thread is gone (after
    a collection with `collect`), else the problem to report."""
    if not STRATA:
        return None
    settle()
    if collect:
        gc.collect()
        settle()
    now = sys.getallocatedblocks()
    if now != base:
        return 'live objects: %d before, %d after (%+d)' % (base, now, now - base)
    return None
