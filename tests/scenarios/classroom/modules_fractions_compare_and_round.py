# Comparing, sorting, rounding and hashing fractions alongside ints and floats
from fractions import Fraction
import math

values = [Fraction(2, 3), 0.5, 1, Fraction(-1, 4), Fraction(7, 5), 0.75]
print(sorted(values))
print(max(values), min(values))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(4, 2) == 2)
print(Fraction(1, 3) < 0.34, Fraction(2, 3) >= Fraction(4, 6))

x = Fraction(17, 4)
print(x, float(x), int(x), math.floor(x), math.ceil(x), round(x), round(x, 1))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)))
print(round(Fraction(12345, 7), -2))

# equal numbers hash alike, so they are the same dict key
prices = {Fraction(1, 2): "half", 2: "two"}
print(prices[0.5], prices[Fraction(4, 2)], len({Fraction(1, 2), 0.5, Fraction(2, 4)}))
print(bool(Fraction(0)), bool(Fraction(1, 1000)), abs(Fraction(-3, 7)), -Fraction(3, 7))
