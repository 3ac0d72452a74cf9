"""cross_thread_drop: objects created in one thread and dropped in another.

Part 1 (queue): 2 producer threads each build M = 20,000 items (a dict holding
a list, a str, a tuple and a Box instance with its own attributes, all fresh)
and put them on a queue.Queue; 3 consumer threads take items until they get a
None sentinel, check each item's contents and drop it. Every item id must be
consumed exactly once and every item must be intact.

Part 2 (shared list): 2 producer threads append M Box objects each to one plain
list while 2 consumer threads pop from it (list.pop from several threads, no
lock) and drop what they popped, until the producers are done and the list is
empty. Every Box must be popped exactly once and be intact.

Part 3 (owner exits first): 4 threads each build a tree of M // 4 Boxes (each
with a list and a dict attribute, and a reference to a token tuple shared by
all threads), store it in a shared table and exit. After they have fully
exited, the main thread checks the trees, then 2 new threads walk all trees
keeping references to every Box in local lists; once both have them, the main
thread drops the trees while the walkers check their Boxes and drop them. Each
walker must see every Box exactly once.

Part 4 (main-owned, dropped elsewhere): the main thread builds 2 lists of M // 2
Boxes and hands each list to a thread that empties it with pop() and drops the
items while the main thread still runs; main drops the emptied lists.

On Strata the live heap object count is back to its baseline afterwards (all
four parts' objects freed, wherever they were created or dropped).

Optional argument: a size divisor (e.g. `strata cross_thread_drop.py 20` for valgrind;
0.1 makes it 10x bigger).

Expected stdout:
    queue: ok
    shared list: ok
    owner exits first: ok
    main-owned: ok
    cross_thread_drop: ok
"""

import os
import sys
import threading
import time
import queue

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'support'))
from threadcheck import live_baseline, live_change, settle  # noqa: E402

DIV = float(sys.argv[1]) if len(sys.argv) > 1 else 1
M = int(20_000 / DIV)


def fail(msg):
    print('cross_thread_drop: FAIL', msg)
    sys.exit(1)


class Box:
    def __init__(self, n, token=None):
        self.n = n
        self.name = 'box-%d' % n
        self.items = [n, -n, (n, 'x')]
        self.meta = {'n': n, 'sq': n * n}
        self.token = token

    def problem(self, n=None):
        """What is wrong with this box (None when intact)."""
        k = self.n
        if n is not None and k != n:
            return 'box %r where %r expected' % (k, n)
        if (self.name != 'box-%d' % k or self.items != [k, -k, (k, 'x')]
                or self.meta != {'n': k, 'sq': k * k}):
            return 'box %r damaged: %r %r %r' % (k, self.name, self.items, self.meta)
        return None


def start_all(threads):
    for t in threads:
        t.start()


def join_all(threads):
    for t in threads:
        t.join()


def exactly_once(seen_lists, total, what):
    """None when the lists together hold every number in range(total) exactly once."""
    seen = []
    for s in seen_lists:
        seen += s
    if len(seen) != total:
        return '%s: %d seen, expected %d' % (what, len(seen), total)
    seen.sort()
    if seen != list(range(total)):
        return '%s: ids seen are not range(%d)' % (what, total)
    return None


# ---- part 1: producer/consumer over queue.Queue ------------------------------------------

def make_item(n):
    return {'id': n, 'payload': [n, str(n), (n, n + 1)], 'box': Box(n)}


def item_problem(item):
    if type(item) is not dict or sorted(item) != ['box', 'id', 'payload']:
        return 'item %r' % (item,)
    n = item['id']
    if item['payload'] != [n, str(n), (n, n + 1)]:
        return 'item %d payload %r' % (n, item['payload'])
    return item['box'].problem(n)


def q_producer(q, p):
    for i in range(M):
        q.put(make_item(p * M + i))


def q_consumer(q, seen, bad):
    while True:
        item = q.get()
        if item is None:
            return
        e = item_problem(item)
        if e is not None:
            bad.append(e)
        seen.append(item['id'])
        del item


def part_queue():
    q = queue.Queue(maxsize=1000)
    seens = [[] for _ in range(3)]
    bad = []
    producers = [threading.Thread(target=q_producer, args=(q, p)) for p in range(2)]
    consumers = [threading.Thread(target=q_consumer, args=(q, seens[c], bad)) for c in range(3)]
    start_all(consumers)
    start_all(producers)
    join_all(producers)
    for _ in consumers:
        q.put(None)
    join_all(consumers)
    if bad:
        return 'queue: %d bad items: %s' % (len(bad), bad[:3])
    if not q.empty():
        return 'queue: not empty at the end'
    return exactly_once(seens, 2 * M, 'queue')


# ---- part 2: handoff through one shared list ---------------------------------------------

def l_producer(shared, p):
    append = shared.append
    for i in range(M):
        append(Box(p * M + i))


def l_consumer(shared, done, seen, bad):
    while True:
        try:
            b = shared.pop()
        except IndexError:
            if done:
                if not shared:
                    return
            else:
                time.sleep(0)
            continue
        e = b.problem()
        if e is not None:
            bad.append(e)
        seen.append(b.n)
        del b


def part_shared_list():
    shared = []
    done = []
    seens = [[], []]
    bad = []
    producers = [threading.Thread(target=l_producer, args=(shared, p)) for p in range(2)]
    consumers = [threading.Thread(target=l_consumer, args=(shared, done, seens[c], bad))
                 for c in range(2)]
    start_all(consumers)
    start_all(producers)
    join_all(producers)
    done.append(True)
    join_all(consumers)
    if bad:
        return 'shared list: %d bad boxes: %s' % (len(bad), bad[:3])
    if shared:
        return 'shared list: %d boxes left' % len(shared)
    return exactly_once(seens, 2 * M, 'shared list')


# ---- part 3: the creating threads exit before their objects are dropped ------------------

CREATORS = 4
PER = M // CREATORS


def creator(table, c, token):
    boxes = [Box(c * PER + i, token) for i in range(PER)]
    # a tree: a dict of lists of boxes, plus the same boxes in a tuple
    tree = {'c': c, 'groups': [boxes[g:g + 50] for g in range(0, PER, 50)], 'all': tuple(boxes)}
    table[c] = tree


def tree_problem(tree, c, token):
    if tree['c'] != c:
        return 'tree %r in slot %d' % (tree['c'], c)
    flat = [b for g in tree['groups'] for b in g]
    if len(flat) != PER or len(tree['all']) != PER:
        return 'tree %d has %d/%d boxes' % (c, len(flat), len(tree['all']))
    for i, b in enumerate(flat):
        if b is not tree['all'][i]:
            return 'tree %d: box %d differs between groups and all' % (c, i)
        e = b.problem(c * PER + i)
        if e is None and b.token is not token:
            e = 'box %d lost its token' % b.n
        if e is not None:
            return e
    return None


def walker(table, token, seen, bad, grabbed):
    keep = []
    for c in range(CREATORS):
        for g in table[c]['groups']:
            for b in g:
                keep.append(b)
    grabbed.wait()                  # main drops the trees from here on
    for b in keep:
        e = b.problem()
        if e is None and b.token is not token:
            e = 'box %d lost its token' % b.n
        if e is not None:
            bad.append(e)
        seen.append(b.n)
    del keep


def part_owner_exits():
    token = ('token', [1, 2, 3])
    table = [None] * CREATORS
    creators = [threading.Thread(target=creator, args=(table, c, token)) for c in range(CREATORS)]
    start_all(creators)
    join_all(creators)
    del creators
    settle()                        # the creating threads are completely gone
    for c in range(CREATORS):
        e = tree_problem(table[c], c, token)
        if e is not None:
            return 'owner exits first: ' + e
    seens = [[], []]
    bad = []
    grabbed = threading.Barrier(3)
    walkers = [threading.Thread(target=walker, args=(table, token, seens[w], bad, grabbed))
               for w in range(2)]
    start_all(walkers)
    grabbed.wait()
    for c in range(CREATORS):       # drop the trees while the walkers still hold boxes
        table[c] = None
    join_all(walkers)
    if bad:
        return 'owner exits first: %d bad boxes: %s' % (len(bad), bad[:3])
    for s in seens:
        e = exactly_once([s], CREATORS * PER, 'owner exits first')
        if e is not None:
            return e
    if token != ('token', [1, 2, 3]):
        return 'owner exits first: token damaged: %r' % (token,)
    return None


# ---- part 4: main-owned objects emptied and dropped by other threads ---------------------

def emptier(lst, seen, bad):
    while lst:
        b = lst.pop()
        e = b.problem()
        if e is not None:
            bad.append(e)
        seen.append(b.n)
        del b


def part_main_owned():
    half = M // 2
    lists = [[Box(h * half + i) for i in range(half)] for h in range(2)]
    seens = [[], []]
    bad = []
    threads = [threading.Thread(target=emptier, args=(lists[h], seens[h], bad)) for h in range(2)]
    start_all(threads)
    join_all(threads)
    if bad:
        return 'main-owned: %d bad boxes: %s' % (len(bad), bad[:3])
    if lists != [[], []]:
        return 'main-owned: lists not emptied'
    return exactly_once(seens, 2 * half, 'main-owned')


def main():
    base = live_baseline()
    for name, part in (('queue', part_queue), ('shared list', part_shared_list),
                       ('owner exits first', part_owner_exits), ('main-owned', part_main_owned)):
        e = part()
        if e is not None:
            fail(e)
        print(name + ': ok')
    problem = live_change(base)
    if problem:
        fail(problem)
    print('cross_thread_drop: ok')


main()
