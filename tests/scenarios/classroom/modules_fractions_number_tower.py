# The numeric tower: how int, Fraction, float and complex relate (numbers)
import numbers
from fractions import Fraction

examples = [7, True, Fraction(3, 4), 2.5, 1 + 2j, "7"]
for x in examples:
    kinds = [abc.__name__ for abc in (numbers.Integral, numbers.Rational, numbers.Real,
                                       numbers.Complex, numbers.Number) if isinstance(x, abc)]
    print(f"{x!r:16} {type(x).__name__:9} {kinds}")

print([c.__name__ for c in Fraction.__mro__])
f = Fraction(3, 4)
print(f.real, f.imag, f.conjugate(), complex(f))
print(f + 1j, 2.0 * f, type(f + 1).__name__, type(f + 1.0).__name__)


def average(*nums):
    if not all(isinstance(n, numbers.Real) for n in nums):
        raise TypeError("average() needs real numbers")
    return sum(nums) / len(nums)


print(average(1, Fraction(1, 2), 3))
print(average(1, 2.5))
try:
    average(1, 2j)
except TypeError as err:
    print("TypeError:", err)
