# A Fraction class with the full set of dunder methods
from math import gcd
from functools import total_ordering

@total_ordering
class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num = num // g
        self.den = den // g

    @classmethod
    def from_string(cls, text):
        num, _, den = text.partition("/")
        return cls(int(num), int(den or 1))

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("f"):
            return format(self.num / self.den, spec)
        return format(str(self), spec)

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return NotImplemented

    def __add__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return -self + other

    def __mul__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.den, self.den * other.num)

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __eq__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __bool__(self):
        return self.num != 0

half = Fraction(1, 2)
third = Fraction(1, 3)
print(half + third, half - third, half * third, half / third)
print(repr(half + 1), 1 + half, 2 - half, 3 * third, half ** 3, half ** -2)
print(-half, abs(Fraction(-3, 4)), Fraction(6, -8), Fraction.from_string("10/4"))
print(half == Fraction(2, 4), half == 0.5, half != third, half > third, half <= third)
print(sorted([Fraction(3, 4), Fraction(1, 8), half, Fraction(5, 3), 1]))
print(float(third), int(Fraction(7, 2)), bool(Fraction(0, 5)), bool(half))
print(f"[{half:>8}] [{third:.4f}] [{Fraction(22, 7):<6}]")
print(len({half, Fraction(2, 4), Fraction(3, 6), third}))
total = sum([Fraction(1, n) for n in range(1, 7)], Fraction(0))
print("harmonic H6 =", total, f"= {total:.5f}")
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    half.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Fraction.__slots__, hasattr(half, "__dict__"))
print(max(half, third), min([half, third, Fraction(1, 4)]))
