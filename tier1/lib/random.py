"""Pseudo-random numbers (Strata's bundled `random` module).

The Mersenne Twister core lives in the native `_random` module and is seeded and drawn exactly
like CPython's, so a seeded generator yields CPython's sequences. The methods built on it here
consume the core's output in the same order as CPython's, so their results match as well.
"""

import _random
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import floor as _floor, isfinite as _isfinite
from bisect import bisect as _bisect

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular",
           "gauss", "betavariate", "paretovariate", "weibullvariate",
           "getstate", "setstate", "getrandbits", "choices", "randbytes"]

# Constants of the sampling methods (public names, as in CPython).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)    # Kinderman-Monahan bound: 4 e^-1/2 / sqrt 2
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)                 # Cheng's gamma sampler: 1 + ln 4.5
BPF = 53                                        # bits in a float's significand
RECIP_BPF = 2 ** -BPF

_MASK64 = (1 << 64) - 1
_STATE_BYTES = _random.STATE_BYTES
_rand_random = _random.random
_rand_bits = _random.getrandbits
_rand_below = _random.randbelow


def _index(x, what):
    """x as an int for randrange(): an index-like value, or a float with an integral value."""
    if isinstance(x, int):
        return int(x)
    if hasattr(type(x), '__index__'):
        return type(x).__index__(x)
    as_int = int(x)
    if as_int != x:
        raise ValueError("non-integer %s for randrange()" % what)
    return as_int


def _is_sequence(x):
    if isinstance(x, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(x, (dict, set, frozenset)):
        return False
    t = type(x)
    return hasattr(t, '__getitem__') and hasattr(t, '__len__')


def _running_totals(values):
    """Prefix sums of values, the first being the first value itself (like accumulate())."""
    totals = []
    for v in values:
        totals.append(totals[-1] + v if totals else v)
    return totals


def _text_seed(text, version):
    """The integer seed derived from a str, bytes or bytearray seed."""
    if version == 2:
        # All the bits of the text, followed by those of its SHA-512 digest.
        raw = text.encode() if isinstance(text, str) else bytes(text)
        return int.from_bytes(raw + _random.sha512(raw), 'big')
    if version == 1 and not isinstance(text, bytearray):
        # The old scheme: a multiplicative hash over the characters (bytes as latin-1).
        codes = list(text) if isinstance(text, bytes) else [ord(ch) for ch in text]
        acc = codes[0] << 7 if codes else 0
        for code in codes:
            acc = (acc * 1000003 ^ code) & _MASK64
        return acc ^ len(codes)
    # Any other version: the core seeds from the object's hash, like CPython's does.
    return hash(text) & _MASK64


def _gamma_cheng(random, alpha):
    """A Gamma(alpha, 1) variate for alpha > 1: R.C.H. Cheng's rejection method (GB, 1977)."""
    spread = _sqrt(2.0 * alpha - 1.0)
    shift, slope = alpha - LOG4, alpha + spread
    while True:
        u = random()
        # u too close to 0 or 1 would overflow the logistic transform below: draw again.
        if 1e-7 < u < 0.9999999:
            test = u * u * (1.0 - random())
            v = _log(u / (1.0 - u)) / spread
            x = alpha * _exp(v)
            r = shift + slope * v - x
            # A cheap squeeze first; the logarithm only when the squeeze is inconclusive.
            if r + SG_MAGICCONST - 4.5 * test >= 0.0 or r >= _log(test):
                return x


def _gamma_ahrens_dieter(random, alpha):
    """A Gamma(alpha, 1) variate for alpha < 1: Ahrens and Dieter's method GS (1974)."""
    b = (_e + alpha) / _e
    while True:
        p = b * random()
        if p > 1.0:
            x = -_log((b - p) / alpha)
            if random() <= x ** (alpha - 1.0):
                return x
        else:
            x = p ** (1.0 / alpha)
            if random() <= _exp(-x):
                return x


def _von_mises_cosine(random, r):
    """Best and Fisher's rejection loop (1979): returns the accepted cosine sample z."""
    while True:
        z = _cos(_pi * random())
        d = z / (r + z)
        u = random()
        if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
            return z


class Random:
    """Random number generator base class; each instance has its own independent state."""

    VERSION = 3

    def __init__(self, x=None):
        self._st = bytearray(_STATE_BYTES)
        self.gauss_next = None
        self.seed(x)

    def seed(self, a=None, version=2):
        """Initialize the state from a: None (fresh entropy), int, float, str, bytes or bytearray.

        Text and bytes seeds are turned into an integer: by default (version 2) from all their
        bits and their SHA-512 digest, with version=1 by the older str-hash scheme. A float is
        seeded through its hash."""
        if isinstance(a, int):
            a = abs(int(a))
        elif isinstance(a, float):
            a = hash(a) & _MASK64
        elif isinstance(a, (str, bytes, bytearray)):
            a = _text_seed(a, version)
        elif a is not None:
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        _random.seed(self._st, a)
        self.gauss_next = None

    def getstate(self):
        """Internal state as a tuple, for setstate()."""
        return self.VERSION, _random.getstate(self._st), self.gauss_next

    def setstate(self, state):
        """Restore a state returned by getstate() (of this version, or of version 2)."""
        version = state[0]
        if version != 3 and version != 2:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        _, words, self.gauss_next = state
        if version == 2:
            # Version 2 states may hold the words as negative or wide ints.
            words = tuple([w % 4294967296 for w in words])
        elif not isinstance(words, tuple):
            raise TypeError('state vector must be a tuple')
        _random.setstate(self._st, words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    # -- the core: floats, bits, bounded integers -------------------------------------------------

    def random(self):
        """random() -> x in the interval [0, 1)."""
        return _rand_random(self._st)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        return _rand_bits(self._st, k)

    def _randbelow(self, n):
        return _rand_below(self._st, n)

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        first = start if type(start) is int else _index(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return _rand_below(self._st, first)
        end = stop if type(stop) is int else _index(stop, "stop")
        width = end - first
        stride = step if type(step) is int else _index(step, "step")
        if stride == 1:
            if width <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)"
                                 % (first, end, width))
            return first + _rand_below(self._st, width)
        if not stride:
            raise ValueError("zero step for randrange()")
        # How many values first + i*stride lie before end: ceil(width / stride), either sign.
        count = -(-width // stride)
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * _rand_below(self._st, count)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # -- sequences ----------------------------------------------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        # Fisher-Yates from the back: position i swaps with a random one in [0, i].
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            # Sample positions in the virtual population where each item is repeated
            # counts[i] times, then map each position back to its item.
            bounds = _running_totals(counts)
            if len(bounds) != n:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            return [population[_bisect(bounds, spot)]
                    for spot in self.sample(range(total), k=k)]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        randbelow = self._randbelow
        picked = [None] * k
        # A small population is copied and drawn from without replacement (the hole left
        # by each pick is filled from the end); a large one is left alone and positions are
        # drawn until they are new. The crossover depends on k as CPython's does, since it
        # decides which random numbers get drawn.
        small = 21 if k <= 5 else 21 + 4 ** _ceil(_log(k * 3, 4))
        if n <= small:
            pool = list(population)
            top = n
            for i in range(k):
                j = randbelow(top)
                top -= 1
                picked[i], pool[j] = pool[j], pool[top]
            return picked
        taken = set()
        i = 0
        while i < k:
            j = randbelow(n)
            if j not in taken:
                taken.add(j)
                picked[i] = population[j]
                i += 1
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        random = self.random
        n = len(population)
        if cum_weights is not None:
            if weights is not None:
                raise TypeError('Cannot specify both weights and cumulative weights')
        elif weights is None:
            scale = n + 0.0
            return [population[_floor(random() * scale)] for _ in range(k)]
        elif isinstance(weights, int):
            raise TypeError('The number of choices must be a keyword '
                            'argument: k=%r' % (weights,))
        else:
            cum_weights = _running_totals(weights)
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, last)]
                for _ in range(k)]

    # -- real-valued distributions ---------------------------------------------------------------

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: the midpoint)."""
        u = self.random()
        if mode is None:
            c = 0.5
        else:
            try:
                c = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        # Invert the distribution function: the left part rises from low, the right part
        # is the mirror image rising from high.
        if u <= c:
            return low + (high - low) * _sqrt(u * c)
        return high + (low - high) * _sqrt((1.0 - u) * (1.0 - c))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio-of-uniforms method)."""
        random = self.random
        while True:
            u = random()
            v = 1.0 - random()
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_log(v):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller: one draw of two values, the second kept for later)."""
        z = self.gauss_next
        if z is not None:
            self.gauss_next = None
            return mu + z * sigma
        angle = self.random() * TWOPI
        radius = _sqrt(-2.0 * _log(1.0 - self.random()))
        self.gauss_next = _sin(angle) * radius
        return mu + _cos(angle) * radius * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution with mean angle mu and concentration kappa."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        z = _von_mises_cosine(random, r)
        q = 1.0 / r
        turn = _acos((q + z) / (1.0 + q * z))
        if random() <= 0.5:
            turn = -turn
        return (mu + turn) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            x = _gamma_cheng(self.random, alpha)
        elif alpha == 1.0:
            x = -_log(1.0 - self.random())
        else:
            x = _gamma_ahrens_dieter(self.random, alpha)
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


# The module-level functions are the bound methods of one shared, entropy-seeded instance.
_inst = Random()
for _name in __all__[1:]:
    globals()[_name] = getattr(_inst, _name)
del _name
