"""Rational numbers (Strata's bundled `fractions` module)."""

import math

__all__ = ['Fraction']

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _raw(n, d):
    """A Fraction from a numerator and a positive denominator already in lowest terms."""
    f = object.__new__(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _parse(text):
    """Parses '[sign] digits [/ digits]' or a decimal with optional exponent; None if invalid."""
    s = text.strip()
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]

    def digits(t):
        if not t or t[0] == '_' or t[-1] == '_' or '__' in t:
            return None
        t = t.replace('_', '')
        if not t or not all('0' <= c <= '9' for c in t):
            return None
        return t

    if '/' in s:
        num, _, den = s.partition('/')
        num = digits(num.rstrip()) if num == num.rstrip() else None
        den = digits(den) if den == den.lstrip() else None
        if num is None or den is None:
            return None
        return sign * int(num), int(den)
    exp = 0
    lower = s.lower()
    if 'e' in lower:
        k = lower.index('e')
        s, e = s[:k], s[k + 1:]
        esign = 1
        if e and e[0] in '+-':
            if e[0] == '-':
                esign = -1
            e = e[1:]
        e = digits(e)
        if e is None:
            return None
        exp = esign * int(e)
    if '.' in s:
        ip, _, fp = s.partition('.')
        if not ip and not fp:
            return None
        if ip:
            ip = digits(ip)
            if ip is None:
                return None
        if fp:
            fp = digits(fp)
            if fp is None:
                return None
        n = int((ip or '0') + (fp or ''))
        d = 10 ** len(fp or '')
    else:
        ip = digits(s)
        if ip is None:
            return None
        n = int(ip)
        d = 1
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


class Fraction:
    """A rational number numerator/denominator in lowest terms, denominator positive."""

    __slots__ = ('_numerator', '_denominator')

    numerator = property(lambda a: a._numerator, doc='Numerator in lowest terms; carries the sign.')
    denominator = property(lambda a: a._denominator, doc='Denominator in lowest terms; positive.')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is not None:
            # Two arguments: the fast case is a pair of plain ints, else two rationals.
            if type(numerator) is not int or type(denominator) is not int:
                if not (_is_rational(numerator) and _is_rational(denominator)):
                    raise TypeError('both arguments should be Rational instances')
                top, bottom = Fraction(numerator), Fraction(denominator)
                numerator = top._numerator * bottom._denominator
                denominator = bottom._numerator * top._denominator
        elif type(numerator) is int:
            self._numerator, self._denominator = numerator, 1
            return self
        elif isinstance(numerator, Fraction):
            self._numerator, self._denominator = numerator._numerator, numerator._denominator
            return self
        elif isinstance(numerator, int):
            self._numerator, self._denominator = int(numerator), 1
            return self
        elif isinstance(numerator, float):
            self._numerator, self._denominator = numerator.as_integer_ratio()
            return self
        elif isinstance(numerator, str):
            parsed = _parse(numerator)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            numerator, denominator = parsed
        else:
            raise TypeError('argument should be a string or a Rational instance')
        if not denominator:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            # Lowest terms, with the sign carried by the numerator.
            if denominator < 0:
                numerator, denominator = -numerator, -denominator
            common = math.gcd(numerator, denominator)
            if common != 1:
                numerator //= common
                denominator //= common
        self._numerator = numerator
        self._denominator = denominator
        return self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        # An integral value prints as a plain int.
        if self._denominator != 1:
            return '%s/%s' % (self._numerator, self._denominator)
        return str(self._numerator)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Expand self as a continued fraction while the convergents' denominators stay in
        # bounds. `before` and `last` are the two latest convergents, as (p, q) pairs; since
        # self's own denominator is too large, the expansion always stops before it ends.
        before, last = (0, 1), (1, 0)
        n, d = self._numerator, self._denominator
        while True:
            a, rest = divmod(n, d)
            q = before[1] + a * last[1]
            if q > max_denominator:
                break
            before, last = last, (before[0] + a * last[0], q)
            n, d = d, rest
        # The best answer is the last convergent or the largest semiconvergent that fits,
        # whichever is nearer to self (the convergent on a tie). Compare the distances
        # |p/q - self| exactly, by cross-multiplying.
        k = (max_denominator - before[1]) // last[1]
        semi = (before[0] + k * last[0], before[1] + k * last[1])
        x, y = self._numerator, self._denominator
        off_last = abs(last[0] * y - x * last[1]) * semi[1]
        off_semi = abs(semi[0] * y - x * semi[1]) * last[1]
        if off_last <= off_semi:
            return _raw(*last)
        return _raw(*semi)

    # -- arithmetic: Fraction op Fraction/int gives Fraction, with float gives float ----------

    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction(a._numerator * c._denominator + c._numerator * a._denominator,
                            a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c + b
        if isinstance(a, float):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction(a._numerator * c._denominator - c._numerator * a._denominator,
                            a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c - b
        if isinstance(a, float):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction(a._numerator * c._numerator, a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c * b
        if isinstance(a, float):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        c = a._coerce(b)
        if c is not None:
            if not c._numerator:
                # CPython cancels common factors first, which leaves just the sign on top.
                top = a._numerator
                raise ZeroDivisionError('Fraction(%s, 0)' % ((top > 0) - (top < 0)))
            return Fraction(a._numerator * c._denominator, a._denominator * c._numerator)
        if isinstance(b, float):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c / b
        if isinstance(a, float):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        c = a._coerce(b)
        if c is not None:
            return (a._numerator * c._denominator) // (a._denominator * c._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c // b
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        c = a._coerce(b)
        if c is not None:
            da, db = a._denominator, c._denominator
            q, r = divmod(a._numerator * db, da * c._numerator)
            return q, Fraction(r, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        c = b._coerce(a)
        if c is not None:
            return divmod(c, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        c = a._coerce(b)
        if c is not None:
            da, db = a._denominator, c._denominator
            return Fraction((a._numerator * db) % (c._numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        if not _is_rational(b):
            if isinstance(b, float):
                return float(a) ** b
            return NotImplemented
        b = Fraction(b)
        if b._denominator != 1:
            return float(a) ** float(b)
        # Integral exponent: raise both terms (a negative one raises the reciprocal). Powers
        # of a fraction in lowest terms stay in lowest terms.
        e, n, d = b._numerator, a._numerator, a._denominator
        if e < 0:
            e, n, d = -e, d, n
            if d < 0:
                n, d = -n, -d
        return Fraction(n ** e, d ** e, _normalize=False)

    def __rpow__(b, a):
        n, d = b._numerator, b._denominator
        if d == 1 and n >= 0:
            return a ** n
        if isinstance(a, int):
            return Fraction(a) ** b
        return a ** n if d == 1 else a ** float(b)

    # -- unary operations and conversions to int/float ----------------------------------------

    def __pos__(a):
        return _raw(a._numerator, a._denominator)

    def __neg__(a):
        return _raw(-a._numerator, a._denominator)

    def __abs__(a):
        return _raw(abs(a._numerator), a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __int__(a):
        # Towards zero: floor of the magnitude, sign put back.
        whole = abs(a._numerator) // a._denominator
        return whole if a._numerator >= 0 else -whole

    __trunc__ = __int__

    def __round__(self, ndigits=None):
        if ndigits is not None:
            # Round to a multiple of 10**-ndigits, the result staying a Fraction.
            scale = 10 ** abs(ndigits)
            if ndigits > 0:
                return Fraction(round(self * scale), scale)
            return Fraction(round(self / scale) * scale)
        whole, rest = divmod(self._numerator, self._denominator)
        # Halfway cases go to the even neighbour.
        twice = 2 * rest
        if twice > self._denominator or (twice == self._denominator and whole & 1):
            whole += 1
        return whole

    def __hash__(self):
        # Same value as the hash of an equal int or float: |numerator| / denominator modulo
        # the prime 2**61 - 1, negated for negative values, where a denominator with no
        # inverse modulo that prime (a multiple of it) stands for infinity.
        n, d = self._numerator, self._denominator
        if d == 1:
            return hash(n)
        if d % _HASH_MODULUS:
            h = abs(n) * pow(d, -1, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = _HASH_INF
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction) or isinstance(b, int):
            b = Fraction(b)
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            other = Fraction(other)
            return op(self._numerator * other._denominator,
                      self._denominator * other._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return self._richcmp(Fraction(other), op)
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        # Exact Fractions are immutable, so they can be shared; a subclass gets a new object.
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b
