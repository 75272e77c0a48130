# Making fractions from strings and floats, and why floats surprise people
from fractions import Fraction

for text in ["3/4", "-2/6", "0.125", "1e-3", "  7  ", "1_000/3"]:
    print(f"Fraction({text!r}) = {Fraction(text)!r}")

print(Fraction(0.5), Fraction(0.1))
print(Fraction("0.1"), Fraction(0.1) == Fraction("0.1"))
print(Fraction(0.1).limit_denominator(), Fraction(0.1).limit_denominator(5))

import math
print("pi is about", Fraction(math.pi).limit_denominator(10), "or",
      Fraction(math.pi).limit_denominator(1000))
print(Fraction.from_float(2.75), (2.75).as_integer_ratio(), Fraction(9, 4).as_integer_ratio())

for bad in ["three quarters", "1/0", "1.5/2"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as err:
        print(type(err).__name__ + ":", err)
