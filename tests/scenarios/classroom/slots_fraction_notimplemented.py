# A small Fraction class. Returning NotImplemented (not raising) lets
# Python try the other operand's reflected method, and gives the usual
# TypeError when nobody can do it.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


class Frac:
    def __init__(self, num, den=1):
        g = gcd(num, den)
        self.num = num // g
        self.den = den // g

    def __repr__(self):
        return f"{self.num}/{self.den}"

    def __add__(self, other):
        if isinstance(other, int):
            other = Frac(other)
        if not isinstance(other, Frac):
            return NotImplemented
        return Frac(self.num * other.den + other.num * self.den, self.den * other.den)

    def __radd__(self, other):
        print("  __radd__ called with", other)
        return self + other

    def __mul__(self, other):
        if isinstance(other, int):
            other = Frac(other)
        if not isinstance(other, Frac):
            return NotImplemented
        return Frac(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __eq__(self, other):
        if isinstance(other, int):
            other = Frac(other)
        if not isinstance(other, Frac):
            return NotImplemented
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        return self.num * other.den < other.num * self.den


half = Frac(1, 2)
third = Frac(1, 3)
print(half, "+", third, "=", half + third)
print(half, "+ 1 =", half + 1)
print("1 +", half, "=", 1 + half)
print("2 *", third, "=", 2 * third)
print("half == Frac(2, 4):", half == Frac(2, 4))
print("Frac(4, 2) == 2:", Frac(4, 2) == 2)
print("half == 'half':", half == "half")
print("sorted:", sorted([half, third, Frac(3, 4), Frac(1, 8)]))
print("third > half:", third > half)
print("sum:", sum([half, third, Frac(1, 6)]))
try:
    half + "one"
except TypeError as e:
    print("TypeError:", e)
try:
    half <= third
except TypeError as e:
    print("TypeError:", e)
