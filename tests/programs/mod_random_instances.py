# random: Random instances are independent; state save/restore; errors
import random

a = random.Random(42)
b = random.Random(42)
c = random.Random("42")
print(a.random() == b.random(), a.random(), c.random())
random.seed(42)
x = random.random()
print(x == random.Random(42).random())
print([a.randint(1, 10) for _ in range(5)], [b.randint(1, 10) for _ in range(5)])

# interleaving does not disturb either generator
r1 = random.Random(1)
r2 = random.Random(2)
inter = []
for _ in range(5):
    inter.append((r1.random(), r2.random()))
r1b = random.Random(1)
print(all(t[0] == r1b.random() for t in inter))

st = a.getstate()
print(type(st).__name__, st[0], len(st[1]), st[2])
seq1 = [a.random() for _ in range(3)]
a.setstate(st)
print(seq1 == [a.random() for _ in range(3)])
g = random.Random(5)
g.gauss()
saved = g.getstate()
n1 = g.gauss()
g.setstate(saved)
print(n1 == g.gauss())
random.setstate(random.Random(8).getstate())
print(random.random() == random.Random(8).random())

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

d = Dice(6)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))
d.seed(6)
print(d.roll())

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(random.choice, [])
err(random.randrange, 0)
err(random.randrange, 5, 5)
err(random.randrange, 1, 5, 0)
err(random.randrange, 10, 1, 2)
err(random.randrange, 'a')
err(random.sample, {1, 2, 3}, 2)
err(random.sample, [1, 2], 3)
err(random.sample, [1, 2], -1)
err(random.choices, [1, 2], [1])
err(random.choices, [1, 2], 2)
err(random.choices, [1, 2], [0, 0])
err(random.choices, [1], weights=[1], cum_weights=[1])
err(random.getrandbits, -1)
err(random.seed, [1, 2])
err(random.setstate, (4, (), None))
