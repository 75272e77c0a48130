# Dividing a share by zero people: Fraction refuses, as ints do
from fractions import Fraction

pizza = Fraction(1)
for people in (4, 3, 0):
    share = pizza / people
    print(f"{people} people get {share} each")
