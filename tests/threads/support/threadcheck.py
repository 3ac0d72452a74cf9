"""Helpers shared by the stress programs: waiting until every started thread is gone before
reading Strata's live-object count."""

import time
import _thread


def settle():
    """Waits until every started thread is gone (on Strata: including its teardown), then
    lets the eval loop merge the objects other threads queued for this one."""
    while _thread._count():
        time.sleep(0.001)
    for _ in range(5000):
        pass
