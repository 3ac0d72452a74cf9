# random: seeding variants, state round trips, argument forms and error messages
import random
import warnings

# CPython 3.11 deprecates non-integer randrange() arguments; keep stderr quiet.
warnings.simplefilter('ignore', DeprecationWarning)

R = random.Random
for v in (1, 2):
    for sd in ('abc', b'abc', '', 'x' * 40, b'\xff\x00', 'é'):
        r = R()
        r.seed(sd, version=v)
        print('v%d' % v, repr(sd), r.random(), r.randrange(1000))
for sd in (0, -5, 2**100, 3.5, -0.0, True, bytearray(b'ba')):
    r = R(sd)
    print(repr(sd), r.random(), r.getrandbits(20))

r = R(11)
state = r.getstate()
first = [r.random(), r.gauss(), r.gauss(), r.randrange(10**9)]
r.setstate(state)
print(first == [r.random(), r.gauss(), r.gauss(), r.randrange(10**9)])
r.gauss()
v2 = (2, tuple(w - 2**32 if i % 3 == 0 else w for i, w in enumerate(r.getstate()[1])), r.getstate()[2])
r2 = R()
r2.setstate(v2)
print(r2.random() == r.random(), r2.gauss() == r.gauss())

r = R(2024)
print([r.randrange(a, b, s) for a, b, s in [(0, 10, 3), (10, 0, -3), (-10, 10, 4), (100, -100, -13), (4, 3, -1), (0, 5, 1), (0, 5, True)]])
print([r.randrange(5.0), r.randrange(2.0, 9.0), r.randrange(0, 20, 5.0)], r.randint(-3, 3))
print(r.sample(['x', 'y', 'z'], 4, counts=[3, 1, 2]), r.sample(range(10**7), 5), r.sample(range(40), 30)[:6])
print(r.choices('abc', [1, 5, 2], k=6), r.choices('abc', cum_weights=[0.5, 0.5, 3], k=4), r.choices([7], k=3))
print(r.triangular(5, 5), r.triangular(1, 2, 2), r.triangular(2, 1, 1.5), r.vonmisesvariate(0, 0), r.vonmisesvariate(2, 50))
print([r.gammavariate(a, 2.0) for a in (0.05, 0.7, 1.0, 1.01, 30.0)], r.betavariate(0.3, 0.3))

def show(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, TypeError, IndexError) as e:
        print(label, type(e).__name__, e)

for label, f in [
        ('rr0', lambda: r.randrange(0)), ('rr-3', lambda: r.randrange(-3)), ('rr55', lambda: r.randrange(5, 5)),
        ('rr52', lambda: r.randrange(5, 2)), ('rr5_2f', lambda: r.randrange(5, 2, 1.0)), ('zero step', lambda: r.randrange(0, 10, 0)),
        ('wrong way', lambda: r.randrange(0, 10, -1)), ('float', lambda: r.randrange(2.5)), ('float stop', lambda: r.randrange(0, 2.5)),
        ('float step', lambda: r.randrange(0, 10, 1.5)), ('step no stop', lambda: r.randrange(5, step=2)), ('str', lambda: r.randrange('a')),
        ('randint', lambda: r.randint(5, 1)), ('choice', lambda: r.choice([])), ('choice dict', lambda: r.choice({0: 'zero'})),
        ('sample big', lambda: r.sample(range(3), 4)), ('sample neg', lambda: r.sample(range(3), -1)), ('sample set', lambda: r.sample({1, 2}, 1)),
        ('counts len', lambda: r.sample('ab', 2, counts=[1])), ('counts float', lambda: r.sample('ab', 2, counts=[1.5, 2])),
        ('counts zero', lambda: r.sample('ab', 2, counts=[0, 0])), ('counts few', lambda: r.sample('ab', 5, counts=[1, 2])),
        ('k float', lambda: r.sample(range(5), 2.0)), ('both', lambda: r.choices('ab', [1, 2], cum_weights=[1, 2])),
        ('weights len', lambda: r.choices('ab', [1])), ('weights zero', lambda: r.choices('ab', [0, 0])),
        ('weights inf', lambda: r.choices('ab', [1, float('inf')])), ('k positional', lambda: r.choices('ab', 3)),
        ('gamma', lambda: r.gammavariate(0, 1)), ('gamma beta', lambda: r.gammavariate(1, -1)),
        ('seed list', lambda: r.seed([1, 2])), ('seed v1 bytearray', lambda: r.seed(bytearray(b'x'), version=1)),
        ('state version', lambda: r.setstate((5, (1,), None))), ('state list', lambda: r.setstate((3, [0] * 625, None))),
        ('bits', lambda: r.getrandbits(-1))]:
    show(label, f)
