"""A statistics report over exam scores: statistics module, grouping, histograms and z-scores."""
import statistics
from collections import defaultdict
from itertools import groupby
from operator import itemgetter
import math

RAW = """\
alice,math,88
alice,physics,92
alice,chem,79
bob,math,72
bob,physics,65
bob,chem,70
carla,math,95
carla,physics,98
carla,chem,91
dev,math,55
dev,physics,61
dev,chem,58
emma,math,83
emma,physics,77
emma,chem,88
finn,math,67
finn,physics,72
finn,chem,
gwen,math,91
gwen,physics,85
gwen,chem,94
"""

records = []
missing = []
for line in RAW.splitlines():
    name, subject, score = line.split(",")
    if not score:
        missing.append((name, subject))
        continue
    records.append((name, subject, int(score)))
print(f"{len(records)} scores, missing: {missing}")

scores = [s for _, _, s in records]
summary = {
    "mean": statistics.mean(scores),
    "median": statistics.median(scores),
    "stdev": statistics.stdev(scores),
    "pstdev": statistics.pstdev(scores),
    "variance": statistics.variance(scores),
    "min": min(scores),
    "max": max(scores),
}
for k, v in summary.items():
    print(f"  {k:<9}{v:>10.3f}")
print("  quartiles:", statistics.quantiles(scores, n=4))
print("  deciles  :", [round(q, 1) for q in statistics.quantiles(scores, n=10)])
print("  mode of tens:", statistics.mode(s // 10 * 10 for s in scores),
      "multimode:", statistics.multimode([s // 10 for s in scores]))
print("  median_low/high:", statistics.median_low(scores), statistics.median_high(scores),
      "geometric mean: %.4f" % statistics.geometric_mean(scores),
      "harmonic mean: %.4f" % statistics.harmonic_mean(scores))

by_subject = defaultdict(list)
for name, subject, score in records:
    by_subject[subject].append(score)
print("\nsubject   n   mean  median  stdev")
for subject in sorted(by_subject):
    xs = by_subject[subject]
    print(f"{subject:<8}{len(xs):>3}{statistics.fmean(xs):>7.2f}{statistics.median(xs):>8}{statistics.stdev(xs):>7.2f}")

print("\nper student (sorted by average):")
rows = sorted(records, key=itemgetter(0))
averages = []
for name, group in groupby(rows, key=itemgetter(0)):
    xs = [s for _, _, s in group]
    averages.append((statistics.mean(xs), name, xs))
for avg, name, xs in sorted(averages, reverse=True):
    grade = "A" if avg >= 90 else "B" if avg >= 80 else "C" if avg >= 70 else "D" if avg >= 60 else "F"
    print(f"  {name:<6} {str(xs):<14} avg {avg:6.2f} grade {grade}")

mu, sigma = statistics.mean(scores), statistics.pstdev(scores)
outliers = [(n, sub, s, round((s - mu) / sigma, 2)) for n, sub, s in records if abs(s - mu) > 1.5 * sigma]
print("\noutliers (|z| > 1.5):", outliers)

print("\nhistogram:")
for lo in range(50, 100, 10):
    count = sum(lo <= s < lo + 10 for s in scores)
    print(f"  {lo:>3}-{lo + 9:<3} {'*' * count:<10} {count}")

math_s = [s for n, sub, s in records if sub == "math" and n != "finn"]
phys_s = [s for n, sub, s in records if sub == "physics" and n != "finn"]
r = statistics.correlation(math_s, phys_s)
slope, intercept = statistics.linear_regression(math_s, phys_s)
print(f"\nmath vs physics: r={r:.4f} slope={slope:.4f} intercept={intercept:.4f}")
print("predicted physics for math=80: %.2f" % (slope * 80 + intercept))
dist = statistics.NormalDist(mu, sigma)
print(f"NormalDist: P(score < 60) = {dist.cdf(60):.4f}, 90th pct = {dist.inv_cdf(0.9):.2f}")
print("mean of fractions:", statistics.mean([1, 2, 4]), statistics.median([1, 3, 2, 4]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.stdev([5])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(math.isclose(statistics.variance(scores), summary["stdev"] ** 2))
