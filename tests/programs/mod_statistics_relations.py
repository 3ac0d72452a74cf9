"""statistics: covariance, correlation, linear_regression, quantiles, median_grouped, NormalDist."""
import statistics as st
from statistics import NormalDist
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.linear_regression(x, y))
print(st.linear_regression(x, [2*v for v in x], proportional=True))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 11), n=10, method='inclusive'))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
n = NormalDist(100, 15)
print(n, round(n.cdf(130), 12), n.pdf(100), n.inv_cdf(0.975), n.quantiles(), n.zscore(85), round(n.overlap(NormalDist(110, 10)), 12))
print(n + 5, n * 2, -n, n == NormalDist(100, 15), n.variance, n.mean, n.stdev)
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist().inv_cdf(1e-10))
print(NormalDist(0, 1).samples(3, seed=42))
for bad in [lambda: st.correlation([1, 1], [2, 3]), lambda: st.covariance([1], [2]), lambda: st.quantiles([1]),
            lambda: NormalDist(0, -1), lambda: NormalDist().inv_cdf(1.5), lambda: st.linear_regression([1, 1], [1, 2]),
            lambda: st.quantiles([1, 2], n=0), lambda: st.covariance([1, 2], [1])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
