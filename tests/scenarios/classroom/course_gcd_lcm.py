# Euclid's algorithm for the greatest common divisor, and the least common multiple
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def gcd_recursive(a, b):
    if b == 0:
        return a
    return gcd_recursive(b, a % b)


def lcm(a, b):
    return a * b // gcd(a, b)


def simplify(num, den):
    g = gcd(num, den)
    return num // g, den // g


print(gcd(48, 18), gcd_recursive(48, 18))
print(gcd(17, 5), gcd(100, 75), gcd(0, 9))
print(lcm(4, 6), lcm(21, 6))
print(simplify(42, 56), simplify(10, 100))
result = 1
for k in range(1, 11):
    result = lcm(result, k)
print("smallest number divisible by 1..10:", result)
a, b = 1071, 462
while b:
    print(f"{a} = {a // b} * {b} + {a % b}")
    a, b = b, a % b
print("gcd is", a)
