# Exact arithmetic with fractions.Fraction: no rounding errors
from fractions import Fraction
import sys

print(0.1 + 0.2 == 0.3, 0.1 + 0.2)
tenth = Fraction(1, 10)
print(tenth + 2 * tenth == Fraction(3, 10), tenth + 2 * tenth)

half = Fraction(1, 2)
third = Fraction(1, 3)
print(half + third, half - third, half * third, half / third)
print(repr(half + third))
print(Fraction(6, 8), Fraction(-6, 8), Fraction(6, -8))
print("numerator and denominator:", (half + third).numerator, (half + third).denominator)

print("a Fraction is", sys.getsizeof(half), "bytes")
big = Fraction(10**30, 7)
print("with big ints inside it is still", sys.getsizeof(big), "bytes;",
      "its numerator is", sys.getsizeof(big.numerator))

total = sum(Fraction(1, n) for n in range(1, 11))
print("1 + 1/2 + ... + 1/10 =", total, "~", float(total))

print(half + 1, 1 - half, half * 0.5, half ** 2, half ** -2, 2 ** Fraction(1, 2))
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, divmod(Fraction(7, 2), Fraction(2, 3)))
