# random: more seeds and methods, deterministic with seed
import random
for seed in [0, 1, 42, 2024, 123456789, -5, "text-seed", b"bytes"]:
    random.seed(seed)
    print(repr(seed), random.randint(1, 100), round(random.random(), 10), random.choice("abcdef"), random.randrange(0, 1000, 7))
r = random.Random(99)
print(r.sample(range(100), 5), r.choices("xyz", k=6), r.getrandbits(40))
deck = list(range(20))
r.shuffle(deck)
print(deck)
print(r.choices(["a", "b", "c"], weights=[10, 1, 1], k=8), r.choices(range(4), cum_weights=[1, 2, 3, 10], k=6))
print(round(r.uniform(-1, 1), 10), round(r.triangular(0, 10, 3), 10), r.randbytes(5).hex())
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print("state restore:", a == b)
r1, r2 = random.Random(7), random.Random(7)
print("same seed same stream:", [r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)])
random.seed(3)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice([-1, 1]))
print("walk:", walk)
random.seed(11)
print([random.randint(0, 2 ** 70) for _ in range(2)], random.randrange(10 ** 20))
random.seed(5)
hist = [0] * 5
for _ in range(1000):
    hist[random.randrange(5)] += 1
print("hist:", hist, sum(hist))
random.seed(8)
print(random.sample("abcdefgh", k=8), random.sample([1, 2, 3], 0))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
