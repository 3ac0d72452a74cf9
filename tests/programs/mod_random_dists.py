# random: float distributions follow CPython's algorithms draw for draw
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.uniform(-1, 1) for _ in range(3)], random.uniform(10, 5))
print([random.gauss() for _ in range(4)])
print([random.gauss(100, 15) for _ in range(3)])
print([random.normalvariate(0, 1) for _ in range(4)])
print([random.normalvariate(50, 2) for _ in range(2)])
print([random.expovariate(1.5) for _ in range(4)])
print([random.triangular() for _ in range(2)], random.triangular(0, 10, 8), random.triangular(3, 3, 3))
print([random.lognormvariate(0, 0.5) for _ in range(2)])
print([random.gammavariate(0.5, 2.0) for _ in range(3)])
print([random.gammavariate(1.0, 3.0) for _ in range(2)])
print([random.gammavariate(4.5, 1.0) for _ in range(3)])
print([random.betavariate(2, 5) for _ in range(3)])
print([random.vonmisesvariate(0.5, 4) for _ in range(3)], random.vonmisesvariate(1, 0))
print([random.paretovariate(3) for _ in range(2)])
print([random.weibullvariate(2, 1.5) for _ in range(2)])

# summary statistics of a long run
random.seed(1)
xs = [random.gauss(0, 1) for _ in range(2000)]
print(round(sum(xs) / len(xs), 10), round(max(xs), 10), round(min(xs), 10))
ys = [random.expovariate(2) for _ in range(2000)]
print(round(sum(ys), 8))

# gauss keeps its second value; seeding clears it
random.seed(3)
g1 = random.gauss()
random.seed(3)
print(g1 == random.gauss(), random.gauss())
try:
    random.gammavariate(-1, 1)
except ValueError as e:
    print("ValueError:", e)
