# random: integer and sequence methods match CPython's draws
import random

random.seed(314)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-10**12, 10**12) for _ in range(3)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50) for _ in range(6)])
print([random.randrange(0, 100, 5) for _ in range(6)])
print([random.randrange(100, 0, -7) for _ in range(6)])
print([random.randrange(-50, -10, 3) for _ in range(4)])
print(random.randrange(10**30), random.randrange(2**64, 2**65))
print(random.randrange(1), random.randint(5, 5))

random.seed(2718)
seq = "abcdefghij"
print([random.choice(seq) for _ in range(12)])
print(random.choice([10, 20, 30]), random.choice((1.5, 2.5)), random.choice(range(100, 200)))
print(random.choices(seq, k=8))
print(random.choices(range(5), [10, 1, 1, 1, 30], k=10))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=10))
print(random.choices([1, 2], weights=[0.25, 0.75]))
print(random.choices(["a", "b", "c"], weights=[1, 0, 2], k=6))

random.seed(99)
deck = list(range(52))
random.shuffle(deck)
print(deck)
words = ["w%d" % i for i in range(10)]
random.shuffle(words)
print(words)
one = [1]
random.shuffle(one)
print(one)

random.seed(7)
print(random.sample(range(100), 10))
print(random.sample(range(10**9), 5))
print(random.sample("abcdefg", 7))
print(random.sample([1, 2, 3, 4, 5, 6, 7, 8], 0))
print(random.sample(list(range(30)), 25))
print(random.sample(range(200), 60)[:15])
print(random.sample(["r", "g", "b"], k=5, counts=[3, 1, 2]))
print(sorted(random.sample(tuple(range(40)), 6)))
print(random.randbytes(6), random.randbytes(0))
