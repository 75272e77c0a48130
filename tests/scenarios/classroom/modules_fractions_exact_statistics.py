# Statistics on fractions give exact fractions back
import statistics
from fractions import Fraction

shares = [Fraction(1, 3), Fraction(1, 6), Fraction(1, 4), Fraction(1, 4)]
print("total:", sum(shares))
print("mean:", repr(statistics.mean(shares)))
print("median:", statistics.median(shares))
print("mode:", statistics.mode(shares))
print("variance:", statistics.variance(shares))
print("stdev (a float):", statistics.stdev(shares))
print("mixed with ints:", statistics.mean([Fraction(1, 2), 1, 2]))
print("mixed with floats:", statistics.mean([Fraction(1, 2), 0.25]))
