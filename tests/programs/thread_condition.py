# Condition variables sharing one lock: a bounded buffer between three producers and two
# consumers, with wait_for() predicates and notify(); results are checked after joining.
import threading

# Bounded buffer of size 2 between three producers and two consumers.
buffer = []
mutex = threading.Lock()
not_full = threading.Condition(mutex)
not_empty = threading.Condition(mutex)
consumed = []
DONE = object()


def produce(base):
    for i in range(10):
        with not_full:
            not_full.wait_for(lambda: len(buffer) < 2)
            buffer.append(base + i)
            not_empty.notify()


def consume():
    while True:
        with not_empty:
            not_empty.wait_for(lambda: buffer)
            item = buffer.pop(0)
            not_full.notify()
        if item is DONE:
            return
        consumed.append(item)


consumers = [threading.Thread(target=consume) for _ in range(2)]
producers = [threading.Thread(target=produce, args=(b,)) for b in (0, 100, 200)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    with not_full:
        not_full.wait_for(lambda: len(buffer) < 2)
        buffer.append(DONE)
        not_empty.notify()
for t in consumers:
    t.join()
print(len(consumed), sorted(consumed) == sorted(list(range(10)) + list(range(100, 110)) +
                                              list(range(200, 210))))

# Turn-taking on a Condition over the default RLock: each thread waits (while holding the
# RLock twice, which wait() must fully release) until it is its turn, so prints are ordered.
turn_cond = threading.Condition()
turn = 0


def take_turns(me, rounds, players):
    global turn
    for r in range(rounds):
        with turn_cond:
            with turn_cond:
                turn_cond.wait_for(lambda: turn % players == me)
                print(f'round {r}: player {me}')
                turn += 1
                turn_cond.notify_all()


players = [threading.Thread(target=take_turns, args=(i, 3, 3)) for i in (2, 0, 1)]
for p in players:
    p.start()
for p in players:
    p.join()
print('turns taken:', turn)
