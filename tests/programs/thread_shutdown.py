# Interpreter exit: non-daemon threads are joined after the main thread finishes, a thread
# pool that was never shut down still runs its queued work, and a daemon thread blocked
# forever does not keep the process alive.
import threading
from concurrent.futures import ThreadPoolExecutor

main = threading.main_thread()
release = threading.Event()
chain = threading.Event()


def outlive_main():
    release.wait()
    print('non-daemon thread still running after the main code')
    chain.set()


def pool_task():
    chain.wait()
    print('queued pool task ran during shutdown')
    return 'ok'


def forever():
    threading.Event().wait()


survivor = threading.Thread(target=outlive_main, name='survivor')
survivor.start()
sleeper = threading.Thread(target=forever, daemon=True)
sleeper.start()
pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix='leftover')
future = pool.submit(pool_task)
print(survivor.daemon, sleeper.daemon, main.is_alive(), future.done())
print(sorted(t.name for t in threading.enumerate() if not t.daemon))
print('main done')
release.set()
