# statistics: result types, error order, weighted harmonic mean, medians, quantiles, exact roots
import statistics as st
from fractions import Fraction as F

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, repr(r), type(r).__name__)
    except (st.StatisticsError, TypeError, ValueError, AttributeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)

class MyFloat(float):
    pass

class Ratio:
    # a non-numeric type that still offers an exact ratio
    def __init__(self, n, d=1):
        self.n, self.d = n, d
    def as_integer_ratio(self):
        if self.n == 'bad':
            raise RuntimeError('no ratio')
        return self.n, self.d

for data in ([1, 2, 3, 4], [1.5, 2.5], [F(1, 3), F(2, 3), 1], [True, False, True], [MyFloat(1.5), 2.5],
             [2.5, F(1, 2)], [10**20, 10**20 + 1], [1.5, 'a'], [1.5, Ratio(1, 2)], [3], []):
    for f in (st.mean, st.variance, st.pvariance, st.stdev, st.pstdev):
        show(f, data)
try:
    st.mean([1.5, Ratio(1, 2), Ratio('bad')])
except RuntimeError as e:
    print('RuntimeError', e)
for f in (st.stdev, st.pstdev):
    show(f, [10**400, 0])
show(st.variance, [1, 2, 3], 2)
show(st.pvariance, [1.5, 2.5], 1)
show(st.variance, [1, 2, 3], F(1, 2))

for data, w in [([0, 2], [0, 1]), ([2, 0], [1, 1]), ([0, -1], None), ([-1, 0], None), ([1, 2], [1, -1]),
                ([1, 2], [0, 0]), ([5], None), ([-5], None), (['a'], None), ([F(1, 2), F(1, 3)], None),
                ([F(1, 2), 2], [F(1, 3), 1]), ([1.5, 2.5], [1, 2]), ([1, 2, 3], [1, 2]),
                ([MyFloat(1.5), 2.5], None), ([2, 4], None), (iter([1, 4, 4]), None), ([], None),
                ([1, 3], [0.5, 0.25])]:
    show(st.harmonic_mean, data, w)

for data in ([], [1, 0], [2, 8], [-1], iter([4, 9])):
    show(st.geometric_mean, data)
for data, w in [([], None), (iter([1, 2, 4]), None), (['a'], [1, 2]), ([1, 2], [1]), ([1, 2], [0, 0]),
                ([1, 2], [1, 3])]:
    show(st.fmean, data, w)

for f in (st.median, st.median_low, st.median_high, st.median_grouped):
    for data in ([], [3], [3, 1], [5, 1, 3], [4, 1, 3, 2], iter([2, 1]), [1, 2, 2, 2, 3, 5]):
        show(f, data)
for iv in (1, 2, 0.5, F(1, 3), '2'):
    show(st.median_grouped, [1, 2, 2, 3, 4], iv)
show(st.median_grouped, [1, 2], 'wide')

for data in ([1, 2, 3, 4, 5], [0.1, 0.2, 0.35, 7.5], [F(1, 3), F(2, 7), 3], [2, 2], [4]):
    for n in (1, 2, 3, 4, 7):
        for method in ('exclusive', 'inclusive'):
            show(st.quantiles, data, n=n, method=method)
show(st.quantiles, [1, 2, 3], method='nearest')
show(st.quantiles, [1, 2], n=0)

for data in ([], [1, 1, 2, 2], ['x', 'y', 'y'], iter('abca')):
    show(st.mode, data)
    show(st.multimode, data)
