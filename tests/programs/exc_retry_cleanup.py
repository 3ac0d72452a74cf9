# Retry loops, cleanup ordering, exceptions crossing function boundaries
class TransientError(Exception):
    pass
class PermanentError(Exception):
    pass
attempts_log = []
def flaky(plan):
    it = iter(plan)
    def call():
        outcome = next(it)
        attempts_log.append(outcome)
        if outcome == "t":
            raise TransientError("try again")
        if outcome == "p":
            raise PermanentError("give up")
        return "success"
    return call
def retry(fn, tries):
    last = None
    for attempt in range(1, tries + 1):
        try:
            result = fn()
        except TransientError as e:
            last = e
            print(f"  attempt {attempt} failed: {e}")
            continue
        except PermanentError:
            print(f"  attempt {attempt} permanent failure")
            raise
        else:
            print(f"  attempt {attempt} ok")
            return result
        finally:
            print(f"  attempt {attempt} cleanup")
    raise RuntimeError(f"failed after {tries} tries") from last
for plan in ["s", "tts", "ttt", "tp"]:
    print("plan", plan)
    try:
        print(" result:", retry(flaky(plan), 3))
    except RuntimeError as e:
        print(" RuntimeError:", e, "| cause:", repr(e.__cause__))
    except PermanentError as e:
        print(" PermanentError:", e)
print(attempts_log)
class resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        self.log.append("close " + self.name + (" after " + et.__name__ if et else ""))
log = []
def use_resources(fail):
    with resource("db", log) as r:
        with resource("file", log) as s:
            log.append(f"use {r}+{s}")
            if fail:
                raise ValueError("boom")
try:
    use_resources(False)
    use_resources(True)
except ValueError as e:
    log.append("caught " + str(e))
print(log)
def nested_finally(n):
    out = []
    try:
        try:
            if n == 0:
                raise KeyError("k")
            out.append("body")
        finally:
            out.append("inner finally")
            if n == 1:
                raise IndexError("from finally")
    except (KeyError, IndexError) as e:
        out.append("handled " + type(e).__name__ + " ctx=" + type(e.__context__).__name__)
    return out
print(nested_finally(0), nested_finally(1), nested_finally(2))
