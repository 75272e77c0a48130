"""
Basic statistics module.

This module provides functions for calculating statistics of data, including
averages, variance, and standard deviation.
"""

# CPython computes the means and variances exactly, with fractions.Fraction,
# and rounds once at the end; there is no fractions module here, so the
# exact sums below are kept as a numerator and a denominator (_Exact), in
# lowest terms as a Fraction keeps them, which gives the same floats and
# ints for int and float data, and the same Fractions for Fraction data.
# Decimal data is not supported.

__all__ = [
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

import math
import numbers
import sys

from fractions import Fraction

from itertools import groupby, repeat
from bisect import bisect_left, bisect_right
from math import sqrt, exp, log, fsum, gcd
from functools import reduce
from operator import mul
from collections import Counter, namedtuple, defaultdict


class StatisticsError(ValueError):
    pass


class _Exact:
    """A rational number n/d in lowest terms, d > 0 (what CPython's
    statistics keeps in a Fraction)."""
    __slots__ = ('numerator', 'denominator')

    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        if g > 1:
            n //= g
            d //= g
        self.numerator = n
        self.denominator = d

    def __add__(self, other):
        other = _exact(other)
        return _Exact(self.numerator * other.denominator + other.numerator * self.denominator,
                      self.denominator * other.denominator)

    __radd__ = __add__

    def __sub__(self, other):
        other = _exact(other)
        return _Exact(self.numerator * other.denominator - other.numerator * self.denominator,
                      self.denominator * other.denominator)

    def __mul__(self, other):
        other = _exact(other)
        return _Exact(self.numerator * other.numerator, self.denominator * other.denominator)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = _exact(other)
        if other.numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % self.numerator)
        return _Exact(self.numerator * other.denominator, self.denominator * other.numerator)

    def __rtruediv__(self, other):
        return _exact(other) / self

    def __le__(self, other):
        other = _exact(other)
        return self.numerator * other.denominator <= other.numerator * self.denominator

    def __float__(self):
        # int / int is correctly rounded, as Fraction.__float__ relies on
        return self.numerator / self.denominator

    def __int__(self):
        n = self.numerator
        if n < 0:
            return -(-n // self.denominator)
        return n // self.denominator


def _exact(x):
    if isinstance(x, _Exact):
        return x
    return _Exact(x, 1)


def _sum(data):
    """(type, exact sum, count) of the data: the sum is an _Exact, or the
    float infinity or NaN some item was."""
    count = 0
    types = set()
    partials = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = _Exact(0)
        for d, n in partials.items():
            total = total + _Exact(n, d)
    T = reduce(_coerce, types, int)
    return (T, total, count)


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count) of the data."""
    if c is not None:
        T, ssd, count = _sum(_squared_deviations(data, c))
        return (T, ssd, c, count)
    count = 0
    types = set()
    sx_partials = defaultdict(int)
    sxx_partials = defaultdict(int)
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sx_partials[d] += n
            sxx_partials[d] += n * n
    if not count:
        ssd = c = _Exact(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = _Exact(0)
        for d, n in sx_partials.items():
            sx = sx + _Exact(n, d)
        sxx = _Exact(0)
        for d, n in sxx_partials.items():
            sxx = sxx + _Exact(n, d * d)
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    T = reduce(_coerce, types, int)
    return (T, ssd, c, count)


def _squared_deviations(data, c):
    for x in data:
        d = x - c
        yield d * d


def _coerce(T, S):
    """The common type of T and S, or a TypeError."""
    # bool and int give way to any other type; otherwise the more derived
    # of two related types wins, and an int subclass gives way
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    for wider, narrower in ((T, S), (S, T)):
        if issubclass(narrower, wider):
            return narrower
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    # a float with a Fraction is a float
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _exact_ratio(x):
    """x as an exact (numerator, denominator) pair; (x, None) for an
    infinity or a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        msg = f"can't convert type '{type(x).__name__}' to numerator/denominator"
        raise TypeError(msg)


def _convert(value, T):
    """The value as a T: an int only when it is whole, else a float."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if issubclass(T, int):
        return T(int(value))
    if issubclass(T, float):
        return T(float(value))
    return T(value.numerator, value.denominator)


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


_ROOT_BITS = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """The square root of n/m as a float, correctly rounded."""
    # scale n/m by 4**k so its integer square root has _ROOT_BITS bits,
    # round that root to odd (an inexact root gets its last bit set), and
    # let the one division to a float do the final rounding
    k = -((n.bit_length() - m.bit_length() - _ROOT_BITS) // 2)
    if k > 0:
        n <<= 2 * k
    else:
        m <<= -2 * k
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    if k > 0:
        return root / (1 << k)
    return (root << -k) / 1


def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        values = list(data) if not hasattr(data, '__len__') else data
        total = fsum(values)
        if not len(values):
            raise StatisticsError('fmean requires at least one data point')
        return total / len(values)
    if not hasattr(data, '__len__'):
        data = list(data)
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    weighted = fsum(map(mul, data, weights))
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    weight_total = fsum(weights)
    if not weight_total:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight_total


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    negative = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    if not len(data):
        raise StatisticsError('harmonic_mean requires at least one data point')
    if len(data) == 1 and weights is None:
        only = data[0]
        if not isinstance(only, numbers.Real):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = repeat(1, len(data))
        weight_total = len(data)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != len(data):
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _sum(_fail_neg(weights, negative))[1]
    # the exact sum of weight / value; a zero value makes the mean zero
    try:
        T, total, count = _sum(w / x if w else 0
                               for w, x in zip(weights, _fail_neg(data, negative)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / total, T)


def _sorted_or_fail(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    """Return the median (middle value) of numeric data."""
    ordered = _sorted_or_fail(data)
    half = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    ordered = _sorted_or_fail(data)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """Return the high median of data."""
    ordered = _sorted_or_fail(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """Estimates the median for numeric data binned around the midpoints
    of consecutive, fixed-width intervals."""
    ordered = _sorted_or_fail(data)
    count = len(ordered)
    middle = ordered[count // 2]
    # the run of values equal to the middle one is its bin
    below = bisect_left(ordered, middle)
    in_bin = bisect_right(ordered, middle, lo=below) - below
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (count / 2 - below) / in_bin


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    best = max(counts.values(), default=0)
    return [value for value, count in counts.items() if count == best]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide *data* into *n* continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method not in ('inclusive', 'exclusive'):
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for i in range(1, n):
        # the cut point at i/n, between two neighbours, weighted by
        # integers so only the last division rounds
        if method == 'inclusive':
            j, delta = divmod(i * (size - 1), n)
            low, high = ordered[j], ordered[j + 1]
        else:
            j = min(max(i * (size + 1) // n, 1), size - 1)
            delta = i * (size + 1) - j * n
            low, high = ordered[j - 1], ordered[j]
        cuts.append((low * (n - delta) + high * delta) / n)
    return cuts


def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of ``data``."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def covariance(x, y, /):
    """Covariance: a measure of the joint variability of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum(_squared_deviations(x, xbar))
    syy = fsum(_squared_deviations(y, ybar))
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))
LinearRegression.__module__ = 'statistics'


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept for simple linear regression."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum(_squared_deviations(x, xbar))
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
