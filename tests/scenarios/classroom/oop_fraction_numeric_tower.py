# A Fraction class with __int__, __float__, __index__, __round__, comparisons with ints
import math
import sys


class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        g = math.gcd(num, den)
        sign = -1 if den < 0 else 1
        self.num = sign * num // g
        self.den = abs(den) // g

    @classmethod
    def coerce(cls, x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return cls(x)
        return NotImplemented

    def __add__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return self + Frac(-other.num, other.den)

    def __rsub__(self, other):
        return Frac.coerce(other) - self

    def __mul__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Frac.coerce(other)
        return self * Frac(other.den, other.num)

    def __rtruediv__(self, other):
        return Frac.coerce(other) / self

    def __pow__(self, n):
        return Frac(self.num ** n, self.den ** n) if n >= 0 else Frac(self.den ** -n, self.num ** -n)

    def __eq__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __round__(self, ndigits=None):
        return round(float(self), ndigits) if ndigits is not None else round(self.num / self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, half ** 2, third ** -2)
print(1 + half, 1 - half, 3 * third, 1 / third, -half, abs(Frac(-3, 4)))
print(half == Frac(2, 4), half == 0.5, Frac(4, 2) == 2, 2 == Frac(4, 2))
print(half < third, half > third, third <= half, 1 > half, Frac(3, 1) >= 3)
print(float(third), int(Frac(7, 2)), int(Frac(-7, 2)), round(Frac(7, 2)), round(Frac(5, 2)), round(third, 3))
print(sorted([Frac(3, 4), half, third, Frac(0), 1]))
print(sum([half, third, Frac(1, 6)]), sum([half, half], Frac(0)))
print(bool(Frac(0, 5)), bool(half), {Frac(2, 2), 1, Frac(1)}, len({half, Frac(1, 2)}))
print(Frac(6, -8), repr(Frac(6, -8)))
print(sys.getsizeof(half), hasattr(half, "__dict__"))
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    half < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [1, 2, 3][half]
except TypeError as e:
    print("TypeError:", e)
print(math.floor(float(Frac(7, 3))), f"{float(third):.4f}", format(float(half), "%"))
