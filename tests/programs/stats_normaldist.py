# statistics.NormalDist: construction, properties, pdf/cdf/inv_cdf, overlap, arithmetic.
from statistics import NormalDist, StatisticsError


def g(x):
    return f"{x:.10g}"


d = NormalDist(100, 15)
print(d, repr(NormalDist()))
print(d.mean, d.median, d.mode, d.stdev, d.variance)
try:
    NormalDist(0, -1)
except StatisticsError as e:
    print("StatisticsError:", e)

# density, distribution and its inverse
for x in (70, 85, 100, 115.5, 145):
    print(x, g(d.pdf(x)), g(d.cdf(x)), g(d.zscore(x)))
for p in (1e-12, 0.001, 0.025, 0.1, 0.5, 0.75, 0.975, 0.999999):
    print(p, g(d.inv_cdf(p)), g(NormalDist().inv_cdf(p)))
for p in (0.2, 0.5, 0.9, 1e-5):
    print("roundtrip", p, g(d.cdf(d.inv_cdf(p))))
for bad in (0, 1, -0.5, 1.5):
    try:
        d.inv_cdf(bad)
    except StatisticsError:
        print("inv_cdf", bad, "-> StatisticsError")
zero = NormalDist(5, 0)
for name in ("pdf", "cdf", "zscore"):
    try:
        getattr(zero, name)(5)
    except StatisticsError:
        print(name, "with sigma 0 -> StatisticsError")

print([g(q) for q in d.quantiles()])
print([g(q) for q in NormalDist().quantiles(10)])
print(NormalDist(3, 2).quantiles(1))

# overlap
print(g(NormalDist(500, 100).overlap(NormalDist(600, 100))))
print(g(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0))))
print(g(NormalDist(0, 1).overlap(NormalDist(0, 3))))
print(g(NormalDist(10, 2).overlap(NormalDist(-4, 0.5))))
print(NormalDist(1, 2).overlap(NormalDist(1, 2)))

# estimated from samples
fit = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(g(fit.mean), g(fit.stdev))
fit = NormalDist.from_samples(iter(range(1, 11)))
print(g(fit.mean), g(fit.stdev))

# samples: shape, determinism and the seeded sequence (gauss draws)
print([g(v) for v in NormalDist(1, 2).samples(3, seed=5)])
s1 = NormalDist(10, 3).samples(5, seed=42)
s2 = NormalDist(10, 3).samples(5, seed=42)
print(len(s1), s1 == s2, all(isinstance(v, float) for v in s1))
big = NormalDist(10, 3).samples(4000, seed=7)
print(abs(sum(big) / len(big) - 10) < 0.3)

# arithmetic
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a)
print(a * 2, 2 * a, a * -2, a / 4, a / -0.5)
print(+a, -a, -(-a) == a)
temp_c = NormalDist(20, 2.5)
print(temp_c * 9 / 5 + 32)

# equality and hashing
print(NormalDist(1, 2) == NormalDist(1.0, 2.0), NormalDist(1, 2) == NormalDist(1, 3))
print(NormalDist(1, 2) == (1, 2), NormalDist(1, 2) != "x")
print(len({NormalDist(1, 2), NormalDist(1.0, 2.0), NormalDist(2, 1)}))
print(hash(NormalDist(1, 2)) == hash(NormalDist(1.0, 2.0)))
print(isinstance(NormalDist(), NormalDist), type(a + b).__name__)
