"""Basic statistics of numeric data (Strata's bundled `statistics` module).

Sums are exact (over fractions) before the final conversion, so results match CPython's."""

import math
from bisect import bisect_left, bisect_right
from fractions import Fraction
from math import fsum, sqrt as _sqrt

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
           'median', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# --- Exact totals ------------------------------------------------------------------------------
# Each value is turned into an integer ratio num/den. Numerators are added up per distinct
# denominator (float data has few of them: powers of two), and only those few partial sums
# become Fractions at the end, so a total is exact and cheap. An infinite or nan float has no
# ratio; it is kept as (value, None) and the None bucket, when present, is the total.
# The result type follows the data: int < Fraction < float, a subclass beats its base.

def _as_ratio(x):
    if type(x) is int:
        return x, 1
    if type(x) is not float and not hasattr(x, 'as_integer_ratio'):
        try:
            return x.numerator, x.denominator
        except AttributeError:
            raise TypeError(f"can't convert type '{type(x).__name__}' "
                            "to numerator/denominator") from None
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return x, None


def _widen(T, S):
    """Result type for data of type T so far joined by values of type S."""
    if T is S or S is int or S is bool:
        return T
    if T is int or issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    # Unrelated types: an int subclass gives way to the other side, and float beats Fraction.
    if issubclass(T, int) or (issubclass(T, Fraction) and issubclass(S, float)):
        return S
    if issubclass(S, int) or (issubclass(T, float) and issubclass(S, Fraction)):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _exact_total(buckets, power=1):
    """Exact sum of the per-denominator numerator sums in buckets (den ** power below each)."""
    if None in buckets:
        return buckets[None]
    total = 0
    for den, num in buckets.items():
        total += Fraction(num, den ** power)
    return total


def _tally(data, squares=None):
    """Scan data once: (result type, {den: sum of numerators}, count).

    Given a dict as squares, it also collects {den: sum of squared numerators} there. The
    result type is settled after the scan, so a value without a ratio is reported before a
    mix of types that cannot be combined."""
    kinds = []
    last = None
    sums = {}
    count = 0
    for x in data:
        if type(x) is not last:
            last = type(x)
            if last not in kinds:
                kinds.append(last)
        num, den = _as_ratio(x)
        sums[den] = sums.get(den, 0) + num
        if squares is not None:
            squares[den] = squares.get(den, 0) + num * num
        count += 1
    T = int
    for kind in kinds:
        T = _widen(T, kind)
    return T, sums, count


def _sum(data):
    """(result type, exact total, count) of data."""
    T, sums, count = _tally(data)
    return T, _exact_total(sums), count


def _ss(data, c=None):
    """(result type, exact sum of squared deviations, centre, count) of data.

    The deviations are taken from c when given, else from the exact mean (also returned)."""
    if c is not None:
        T, total, count = _sum(dev * dev for dev in (x - c for x in data))
        return T, total, c, count
    squares = {}
    T, sums, count = _tally(data, squares)
    if not count:
        return T, Fraction(0), Fraction(0), 0
    sx = _exact_total(sums)
    if None in sums:
        return T, sx, sx, count
    # n * sum(x^2) - sum(x)^2 is n times the squared deviations from the mean.
    return T, (count * _exact_total(squares, 2) - sx * sx) / count, sx / count, count


def _convert(value, T):
    """The exact value as an instance of the data's type T.

    Int data whose result is not a whole number gives a float instead."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        return float(value)
    return T(value)


def _sqrt_of_ratio(n, m):
    """sqrt(n / m) for non-negative ints n and m, as a correctly rounded float."""
    # Divide the ratio by 4**shift so its integer square root has about 55 significant bits,
    # set the last bit when that root is inexact (round-to-odd keeps the information a
    # single later rounding needs), and let one int division round it to a float.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift < 0:
        n <<= -2 * shift
    else:
        m <<= 2 * shift
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    if shift < 0:
        return root / (1 << -shift)
    return (root << shift) / 1


def mean(data):
    """Arithmetic mean of data."""
    T, total, n = _sum(data)
    if not n:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean, optionally weighted."""
    data = list(data)
    if weights is None:
        total = math.fsum(data)
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return total / len(data)
    weights = list(weights)
    weighted = math.fsum([x * w for x, w in zip(data, weights)])
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    norm = math.fsum(weights)
    if not norm:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / norm


def geometric_mean(data):
    """Geometric mean of positive data (computed with floats, through logarithms)."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        # also catches fmean's StatisticsError for empty data
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data, optionally weighted."""
    data = list(data)
    n = len(data)
    if not n:
        raise StatisticsError('harmonic_mean requires at least one data point')
    negative = 'harmonic mean does not support negative values'
    if weights is not None:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        for w in weights:
            if w < 0:
                raise StatisticsError(negative)
        weight_total = _sum(weights)[1]
    elif n == 1:
        only = data[0]
        if not isinstance(only, (int, float, Fraction)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    else:
        weights = [1] * n
        weight_total = n
    # Terms in data order; a zero value with a non-zero weight makes the mean 0 at once.
    terms = []
    for w, x in zip(weights, data):
        if x < 0:
            raise StatisticsError(negative)
        if not w:
            terms.append(0)
            continue
        try:
            terms.append(w / x)
        except ZeroDivisionError:
            return 0
    T, total, _ = _sum(terms)
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / total, T)


def _ordered(data):
    """data sorted into a new list, which must not be empty (for the medians)."""
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered


def median(data):
    """Median (middle value) of data, averaging the two middle values when needed."""
    ordered = _ordered(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Low median of data: the smaller middle value when the count is even."""
    ordered = _ordered(data)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """High median of data: the larger middle value when the count is even."""
    ordered = _ordered(data)
    return ordered[len(ordered) // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """Most common data point (the first one seen on ties)."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    # max() keeps the first of equal maxima, and counts are in order of first appearance.
    return max(counts, key=counts.__getitem__)


def multimode(data):
    """List of the most frequent values, in order of first occurrence."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def _mean_square(data, centre, name, sample):
    """(result type, exact mean squared deviation) for the variance and deviation functions.

    A sample divides by n - 1 and needs two points, a population divides by n and needs one."""
    T, ss, _, n = _ss(data, centre)
    if sample:
        if n < 2:
            raise StatisticsError(f'{name} requires at least two data points')
        return T, ss / (n - 1)
    if n < 1:
        raise StatisticsError(f'{name} requires at least one data point')
    return T, ss / n


def variance(data, xbar=None):
    """Sample variance of data."""
    T, ms = _mean_square(data, xbar, 'variance', True)
    return _convert(ms, T)


def pvariance(data, mu=None):
    """Population variance of data."""
    T, ms = _mean_square(data, mu, 'pvariance', False)
    return _convert(ms, T)


def stdev(data, xbar=None):
    """Sample standard deviation of data (a float)."""
    ms = _mean_square(data, xbar, 'stdev', True)[1]
    return _sqrt_of_ratio(ms.numerator, ms.denominator)


def pstdev(data, mu=None):
    """Population standard deviation of data (a float)."""
    ms = _mean_square(data, mu, 'pstdev', False)[1]
    return _sqrt_of_ratio(ms.numerator, ms.denominator)


# --- Relations between two variables, quantiles, grouped median ------------------------------
# Written for Strata from the documented definitions: sample covariance (n - 1 denominator),
# Pearson's r, ordinary least squares, and the 'exclusive'/'inclusive' quantile methods.

def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability; return n - 1 cut points."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    # Cut i sits at rank i * span / n, counted from 0 ('inclusive': the data spans the whole
    # range) or from 1 ('exclusive': the range extends beyond the data). It interpolates
    # between the two neighbouring items; an 'exclusive' rank outside the data uses the
    # first or last pair of items, with the weight measured from that pair.
    origin = 0 if method == 'inclusive' else 1 if method == 'exclusive' else None
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if origin is None:
        raise ValueError(f'Unknown method: {method!r}')
    span = size - 1 + 2 * origin
    last_pair = size - 2
    cuts = []
    for i in range(1, n):
        rank = i * span
        k = min(max(rank // n - origin, 0), last_pair)
        w = rank - (k + origin) * n
        cuts.append((ordered[k] * (n - w) + ordered[k + 1] * w) / n)
    return cuts


def _paired(x, y, name):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{name} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{name} requires at least two data points')
    return n


def covariance(x, y, /):
    """Sample covariance of two inputs of the same length."""
    n = _paired(x, y, 'covariance')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    return fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs of the same length."""
    n = _paired(x, y, 'correlation')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) ** 2.0 for xi in x)
    syy = fsum((yi - ybar) ** 2.0 for yi in y)
    try:
        return sxy / _sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


class LinearRegression(tuple):
    """(slope, intercept) of a least-squares line."""

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return f'LinearRegression(slope={self[0]!r}, intercept={self[1]!r})'


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line y = slope * x + intercept."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
        if sxx == 0:
            raise StatisticsError('x is constant')
        return LinearRegression(sxy / sxx, 0.0)
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) ** 2.0 for xi in x)
    if sxx == 0:
        raise StatisticsError('x is constant')
    slope = sxy / sxx
    return LinearRegression(slope, ybar - slope * xbar)


def median_grouped(data, interval=1.0):
    """Median of grouped continuous data (the 50th percentile, interpolated in its class)."""
    ordered = _ordered(data)
    n = len(ordered)
    middle = ordered[n // 2]
    # The class holding the median is [middle - interval/2, middle + interval/2); the items
    # equal to middle are its members, the smaller ones lie below it.
    below = bisect_left(ordered, middle)
    members = bisect_right(ordered, middle, lo=below) - below
    try:
        width = float(interval)
        centre = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return centre - width / 2.0 + width * (n / 2 - below) / members


__all__ += ['quantiles', 'covariance', 'correlation', 'linear_regression', 'median_grouped']


# --- NormalDist ------------------------------------------------------------------------------
# Written for Strata from the documented behaviour (library reference, "NormalDist objects")
# and standard math: pdf/cdf via exp/erf, inv_cdf via Wichura's algorithm AS241 (PPND16,
# Applied Statistics 37, 1988) from the paper's published coefficients, overlap by integrating
# min(f, g) between the crossing points of the two densities.

def _normal_inv_cdf(p, mu, sigma):
    """AS241 PPND16: the quantile of N(mu, sigma) at probability p (0 < p < 1)."""
    q = p - 0.5
    if abs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r
                    + 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r
                  + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r
                + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0)
        den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r
                    + 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r
                  + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r
                + 4.2313330701600911252e+1) * r + 1.0)
        return mu + (q * num / den) * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
                    + 2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r
                  + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r
                + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
                    + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
                  + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r
                + 2.05319162663775882187e+0) * r + 1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                    + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
                  + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r
                + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
                    + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
                  + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                + 5.99832206555887937690e-1) * r + 1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    """Normal distribution of a random variable (mean mu, standard deviation sigma)."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Make a NormalDist whose mu and sigma are estimated (fmean, stdev) from data."""
        points = list(data)
        centre = fmean(points)
        return cls(centre, stdev(points, centre))

    def samples(self, n, *, seed=None):
        """n random samples from this distribution (a fresh random.Random(seed) if seed is given).

        Each sample is one gauss(mu, sigma) draw from the generator, so a given seed yields the
        same sequence as CPython's (checked against CPython 3.11's output, not its source)."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density function at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(2.0 * math.pi * variance)

    def cdf(self, x):
        """Cumulative distribution function at x: P(X <= x)."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function: the x with P(X <= x) = p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        sigma = self._sigma
        if sigma <= 0.0:
            raise StatisticsError('inv_cdf() not defined when sigma at or below zero')
        return _normal_inv_cdf(p, self._mu, sigma)

    def quantiles(self, n=4):
        """n - 1 cut points dividing the distribution into n intervals of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Overlapping area (0.0 .. 1.0) of the two probability density functions."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        x, y = self, other
        if (y._sigma, y._mu) < (x._sigma, x._mu):
            x, y = y, x
        xv, yv = x.variance, y.variance
        if not xv or not yv:
            raise StatisticsError('overlap() not defined when either standard deviation is zero')
        dm = y._mu - x._mu
        dv = yv - xv
        if not dv:
            # Equal spreads: the densities cross once, midway between the means.
            return 1.0 - math.erf(abs(dm) / (2.0 * x._sigma * math.sqrt(2.0)))
        # Crossing points of the two densities (roots of log f(t) = log g(t)).
        b = x._mu * yv - y._mu * xv
        root = x._sigma * y._sigma * math.sqrt(dm * dm + dv * math.log(yv / xv))
        t1 = (b + root) / dv
        t2 = (b - root) / dv
        return 1.0 - (abs(y.cdf(t1) - x.cdf(t1)) + abs(y.cdf(t2) - x.cdf(t2)))

    def zscore(self, x):
        """Number of standard deviations x lies above (or below) the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, other):
        if isinstance(other, NormalDist):
            return NotImplemented
        return NormalDist(self._mu * other, self._sigma * abs(other))

    def __truediv__(self, other):
        if isinstance(other, NormalDist):
            return NotImplemented
        return NormalDist(self._mu / other, self._sigma / abs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


__all__ += ['NormalDist']
