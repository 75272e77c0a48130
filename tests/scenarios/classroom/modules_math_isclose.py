# Why == on floats surprises, and math.isclose and math.fsum as the cure.
import math

a = 0.1 + 0.2
print(a, a == 0.3, math.isclose(a, 0.3))

total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, math.isclose(total, 1.0))
print(sum([0.1] * 10), math.fsum([0.1] * 10))

# relative tolerance is the default; near zero an absolute one is needed
print(math.isclose(1e-10, 0.0), math.isclose(1e-10, 0.0, abs_tol=1e-9))
print(math.isclose(1000.0, 1000.0001), math.isclose(1000.0, 1000.0001, rel_tol=1e-12))

# fsum keeps every bit of every partial sum
values = [1e16, 1.0, -1e16]
print(sum(values), math.fsum(values))
print(math.fsum([1e-16, 1, 1e16]), sum([1e-16, 1, 1e16]))

prices = [19.99, 5.01, 0.1, 0.2, 74.7]
print(f"sum: {sum(prices)!r}  fsum: {math.fsum(prices)!r}")

# infinities and NaN
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308))
print(math.nan == math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))

try:
    math.isclose(1.0, 2.0, rel_tol=-0.1)
except ValueError as err:
    print("ValueError:", err)
