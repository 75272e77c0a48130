# Simplifying fractions with gcd, common denominators with lcm.
import math


def simplify(num, den):
    g = math.gcd(num, den)
    return num // g, den // g


def add(f1, f2):
    n1, d1 = f1
    n2, d2 = f2
    common = math.lcm(d1, d2)
    return simplify(n1 * (common // d1) + n2 * (common // d2), common)


for num, den in [(6, 8), (15, 35), (100, 25), (17, 5), (-12, 18), (0, 7)]:
    n, d = simplify(num, den)
    print(f"{num}/{den} = {n}/{d}")

print("1/6 + 1/4 =", add((1, 6), (1, 4)))
print("3/10 + 7/15 =", add((3, 10), (7, 15)))

print(math.gcd(48, 36, 60), math.gcd(), math.gcd(0, 9), math.gcd(-4, 6))
print(math.lcm(4, 6, 10), math.lcm(), math.lcm(3, 0))

# gcd of big ints is exact too
a = 2 ** 100 * 3 ** 20
b = 2 ** 80 * 3 ** 30 * 7
print(math.gcd(a, b) == 2 ** 80 * 3 ** 20, math.gcd(a, b))

# when do two buses leave together again? every 12 and every 18 minutes
print("together again after", math.lcm(12, 18), "minutes")

try:
    math.gcd(4.0, 2)
except TypeError as err:
    print("TypeError:", err)
