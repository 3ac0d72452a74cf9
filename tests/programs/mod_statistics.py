# statistics: mean/fmean/median/mode/variance/stdev with CPython's exact summation and errors
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 9, 10]
print(st.mean(data), st.mean(ints), st.mean([1, 2, 4]), st.mean([F(1, 2), F(1, 3)]), st.mean([1, 2.5]), st.mean([True, False, True]))
print(st.fmean(ints), st.fmean([0.1] * 10), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.median(ints), st.median([3, 1, 2]), st.median_low(ints), st.median_high(ints), st.median([1, 3]), st.median(["b", "a", "c"]))
print(st.mode([1, 1, 2, 3, 3]), st.mode("abracadabra"), st.mode(["red", "blue", "blue", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
print(st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([1, 2, 3, 4]), st.variance([1, 3, 5], 3), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([0.1, 0.2, 0.3]), st.stdev([10**20, 10**20 + 1, 10**20 + 2]))
print(st.mean([1e300, 1e300, -1e300]), st.mean([float('inf'), 1]), st.stdev([1e-300, 2e-300, 4e-300]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([F(1, 2), 2]))
print(type(st.mean([1, 2])).__name__, type(st.variance([1, 2, 4])).__name__, type(st.median([1, 2])).__name__)
for f, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]), (st.pvariance, []), (st.pstdev, []), (st.fmean, []), (st.mean, ["a"])]:
    try:
        f(arg)
    except (st.StatisticsError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
