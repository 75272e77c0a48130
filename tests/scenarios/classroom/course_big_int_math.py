# Big integers and the math module: factorials, Fibonacci, powers, precision
import math
print(math.factorial(30), len(str(math.factorial(100))))
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a, a.bit_length())
print(2 ** 100, 2 ** 100 // 3, 2 ** 100 % 1000007, -(2 ** 70) // 7, (-2) ** 63)
print(7 ** 77 % 10 ** 10, pow(7, 77, 10 ** 10), 10 ** 30 // 10 ** 15 == 10 ** 15)
print(math.comb(52, 5), math.perm(10, 3), math.prod(range(1, 21)), math.isqrt(10 ** 40 + 1))
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.0000001))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.exp(1), math.log1p(1e-10))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float("nan")))
print(math.gcd(2 ** 64, 6 ** 20), math.fsum([0.1] * 10), sum([0.1] * 10), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
for n in (10, 20, 50):
    print(f"{n}! = {math.factorial(n):,}")
print(int("9" * 50) + 1, int("-" + "1" * 30) * 3, 10 ** 18 + 0.5, float(10 ** 18) == 10 ** 18)
print(str(2 ** 200)[:20], len(str(3 ** 1000)), sum(int(d) for d in str(2 ** 1000)))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.log(10 ** 400), 10 ** 400 / 10 ** 399, (10 ** 400) // 3 % 7)
