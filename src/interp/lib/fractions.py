"""Fraction, infinite-precision, rational numbers."""

# A Fraction is a numerator and a denominator in __slots__, as CPython's,
# so an instance has CPython's size. Every result is kept in lowest terms
# with a positive denominator; a string is read by hand where CPython uses
# a regular expression. Decimal is not supported.

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _digits_end(s, i, allow_underscores=True):
    # the end of a run of digits from i (single underscores between
    # digits allowed), or i when there is none
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j == i:
        return i
    while allow_underscores and j + 1 < n and s[j] == '_' and s[j + 1].isdecimal():
        j += 2
        while j < n and s[j].isdecimal():
            j += 1
    return j


def _parse(text):
    """(numerator, denominator) of a literal like ' -3/4 ', '1.5e-3',
    '.25' or '7'; None if it is not one."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    if not (i < n and (s[i].isdecimal() or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    end = _digits_end(s, i)
    numerator = int(s[i:end].replace('_', '') or '0')
    denominator = 1
    i = end
    rest = s[i:]
    if rest.startswith('/'):
        rest = rest[1:]
        end = _digits_end(rest, 0)
        if end == 0 or end != len(rest):
            return None
        denominator = int(rest.replace('_', ''))
    else:
        if i < n and s[i] == '.':
            end = _digits_end(s, i + 1)
            decimals = s[i + 1:end].replace('_', '')
            numerator = numerator * 10 ** len(decimals) + int(decimals or '0')
            denominator = 10 ** len(decimals)
            i = end
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            end = _digits_end(s, j)
            if end == j:
                return None
            exponent = int(s[i + 1:end].replace('_', ''))
            if exponent >= 0:
                numerator *= 10 ** exponent
            else:
                denominator *= 10 ** -exponent
            i = end
        if i != n:
            return None
    return (-numerator if negative else numerator), denominator


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float and Decimal instances

      - other Rational instances (including integers)

    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            parsed = _parse(numerator)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            numerator, denominator = parsed
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            common = math.gcd(numerator, denominator)
            if denominator < 0:
                common = -common
            numerator //= common
            denominator //= common
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued fraction's convergents p/q until the next
        # denominator is too big; the answer is the last convergent or
        # the best semiconvergent after it
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        convergent = Fraction(p, q)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic: exact between rationals, in floats or complex
    # numbers with those ----

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        if b.numerator == 0:
            # CPython's message shows the numerator left after it has
            # cancelled common factors with zero: its sign
            raise ZeroDivisionError('Fraction(%s, 0)' % ((a.numerator > 0) - (a.numerator < 0)))
        return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        quotient, remainder = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
        return quotient, Fraction(remainder, a.denominator * b.denominator)

    def _mod(a, b):
        return Fraction((a.numerator * b.denominator) % (b.numerator * a.denominator),
                        a.denominator * b.denominator)

    def __add__(a, b):
        return a._forward(b, Fraction._add, operator.add)

    def __radd__(b, a):
        return b._reverse(a, Fraction._add, operator.add)

    def __sub__(a, b):
        return a._forward(b, Fraction._sub, operator.sub)

    def __rsub__(b, a):
        return b._reverse(a, Fraction._sub, operator.sub)

    def __mul__(a, b):
        return a._forward(b, Fraction._mul, operator.mul)

    def __rmul__(b, a):
        return b._reverse(a, Fraction._mul, operator.mul)

    def __truediv__(a, b):
        return a._forward(b, Fraction._div, operator.truediv)

    def __rtruediv__(b, a):
        return b._reverse(a, Fraction._div, operator.truediv)

    def __floordiv__(a, b):
        return a._forward(b, Fraction._floordiv, operator.floordiv)

    def __rfloordiv__(b, a):
        return b._reverse(a, Fraction._floordiv, operator.floordiv)

    def __divmod__(a, b):
        return a._forward(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._reverse(a, Fraction._divmod, divmod)

    def __mod__(a, b):
        return a._forward(b, Fraction._mod, operator.mod)

    def __rmod__(b, a):
        return b._reverse(a, Fraction._mod, operator.mod)

    def _forward(a, b, exact, inexact):
        if isinstance(b, (int, Fraction)):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def _reverse(b, a, exact, inexact):
        if isinstance(a, numbers.Rational):
            return exact(a, b)
        if isinstance(a, numbers.Real):
            return inexact(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return inexact(complex(a), complex(b))
        return NotImplemented

    def __pow__(a, b):
        """a ** b: a Fraction for a whole exponent, else a float or a
        complex number."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        power = b.numerator
        if power >= 0:
            return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
        if a._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
        if a._numerator > 0:
            return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
        return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        """int(a)"""
        return a.__trunc__()

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            whole, remainder = divmod(self.numerator, self.denominator)
            twice = remainder * 2
            if twice < self.denominator or (twice == self.denominator and whole % 2 == 0):
                return whole
            return whole + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        # the hash every equal number has: n * inverse(d) modulo the
        # hash modulus (an int's, a float's, a Fraction's alike)
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
