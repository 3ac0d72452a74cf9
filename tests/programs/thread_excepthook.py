# Uncaught exceptions in threads: the default threading.excepthook report on sys.stderr,
# silent SystemExit, custom hooks receiving ExceptHookArgs, and a failing hook falling back
# to sys.excepthook.
import io
import sys
import threading


def explode(msg):
    raise ValueError(msg)


def run_capturing_stderr(thread):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        thread.start()
        thread.join()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


text = run_capturing_stderr(threading.Thread(target=explode, args=('boom',), name='bad'))
lines = text.splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
text = run_capturing_stderr(threading.Thread(target=explode, args=('again',)))
print(text.splitlines()[0], '/', text.splitlines()[-1])
print(repr(run_capturing_stderr(threading.Thread(target=sys.exit, args=(3,)))))


class Crasher(threading.Thread):
    def run(self):
        {}['missing']


text = run_capturing_stderr(Crasher(name='crasher'))
print(text.splitlines()[0], '/', text.splitlines()[-1])

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None, args.exc_value.__traceback__ is not None))


threading.excepthook = hook
t = threading.Thread(target=explode, args=('hooked',), name='custom')
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(5,), name='exiting')
t.start()
t.join()
print(seen, t.is_alive())
print(isinstance(threading.ExceptHookArgs, type), threading.__excepthook__ is not hook)


def broken_hook(args):
    raise RuntimeError('hook failed')


fallback = []
saved_sys_hook = sys.excepthook
sys.excepthook = lambda tp, value, tb: fallback.append((tp.__name__, str(value)))
threading.excepthook = broken_hook
text = run_capturing_stderr(threading.Thread(target=explode, args=('ignored',), name='double'))
sys.excepthook = saved_sys_hook
threading.excepthook = threading.__excepthook__
print(fallback, repr(text))

# The main thread is unaffected and later threads still work normally.
box = []
t = threading.Thread(target=box.append, args=('fine',))
t.start()
t.join()
print(box, threading.active_count())
