"""Deterministic simulations with random.seed: a bank queue, a random walk and Monte Carlo."""
import random
import statistics
from collections import deque, Counter


def bank_queue(seed, tellers, minutes=240, arrival_rate=0.9):
    rng = random.Random(seed)
    queue = deque()
    busy_until = [0] * tellers
    waits = []
    served = 0
    max_len = 0
    for t in range(minutes):
        arrivals = 0
        while rng.random() < arrival_rate / (arrivals + 1):
            arrivals += 1
        for _ in range(arrivals):
            queue.append(t)
        for i in range(tellers):
            if busy_until[i] <= t and queue:
                arrived = queue.popleft()
                waits.append(t - arrived)
                busy_until[i] = t + rng.randint(2, 6)
                served += 1
        max_len = max(max_len, len(queue))
    return served, len(queue), max_len, waits


for tellers in (2, 3, 4):
    served, left, max_len, waits = bank_queue(42, tellers)
    print(f"tellers={tellers}: served={served} left={left} max_queue={max_len} "
          f"mean_wait={statistics.mean(waits):.2f} median={statistics.median(waits)} max_wait={max(waits)}")

random.seed(12345)
pos = [0, 0]
visits = Counter()
for _ in range(1000):
    dx, dy = random.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
    pos[0] += dx
    pos[1] += dy
    visits[tuple(pos)] += 1
print("walk end:", pos, "distinct cells:", len(visits), "most visited:", visits.most_common(3))

random.seed(99)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi estimate:", 4 * inside / 20000)

random.seed(2023)
deck = [r + s for s in "SHDC" for r in "23456789TJQKA"]
random.shuffle(deck)
hands = [sorted(deck[i * 5:(i + 1) * 5]) for i in range(4)]
for n, h in enumerate(hands, 1):
    print(f"hand {n}: {' '.join(h)}")
print("sample:", random.sample(range(100), 5), "choices:", random.choices("abc", weights=[5, 1, 1], k=10))
print("uniform: %.6f gauss: %.6f randrange: %d" % (random.uniform(1, 2), random.gauss(0, 1), random.randrange(0, 100, 7)))

rng = random.Random(7)
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600))
for total in range(2, 13):
    bar = "#" * (rolls[total] // 20)
    print(f"{total:>2} {rolls[total]:>4} {bar}")

rng = random.Random("birthday")
trials, hits = 2000, 0
for _ in range(trials):
    bdays = [rng.randrange(365) for _ in range(23)]
    hits += len(set(bdays)) < 23
print("birthday paradox p(23) ~", hits / trials)
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print("state restore reproducible:", a == [rng.random() for _ in range(3)])
