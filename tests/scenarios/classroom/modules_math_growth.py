# Exponential growth and logarithms: compound interest, doubling time,
# how many digits a number has, and the errors at the edges.
import math

principal = 1000.0
rate = 0.05
for years in [1, 5, 10, 20, 30]:
    compound = principal * (1 + rate) ** years
    continuous = principal * math.exp(rate * years)
    print(f"{years:2} years: {compound:10.2f} (yearly)  {continuous:10.2f} (continuous)")

print("doubling time:", math.log(2) / math.log(1 + rate), "years")
print("rule of 70:", 70 / 5)

print(math.log(100, 10), math.log10(100), math.log(8, 2), math.log2(8))
print(math.log(math.e), math.exp(1), math.exp(0))
print(math.pow(2, 10), 2 ** 10, math.pow(2, 0.5), math.sqrt(2))

# the number of decimal digits of n, from its logarithm
for n in [9, 10, 999, 1000, 2 ** 64, 10 ** 50]:
    print(n, "has", math.floor(math.log10(n)) + 1, "digits")

# logs of ints too big for a float still work
print(math.log2(2 ** 2000), math.log10(10 ** 400))

for f, arg in [(math.log, 0), (math.log, -1), (math.exp, 1000), (math.sqrt, -4)]:
    try:
        f(arg)
    except (ValueError, OverflowError) as err:
        print(type(err).__name__ + ":", err)
try:
    math.pow(10, 400)
except OverflowError as err:
    print("OverflowError:", err)
