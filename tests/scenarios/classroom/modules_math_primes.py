# Prime numbers: trial division up to math.isqrt(n), a sieve, and
# math.prod to multiply the primes back together.
import math
import sys


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, math.isqrt(limit) + 1):
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]


print([n for n in range(30) if is_prime(n)])
primes = sieve(100)
print(len(primes), primes[-5:])
print(sys.getsizeof(primes), sys.getsizeof([True] * 101))

# the primorial: the product of the primes, a big int
product = math.prod(primes[:10])
print("product of the first 10 primes:", product)
print("product of primes below 100:", math.prod(primes))
print(math.prod([1.5, 2, 4]), math.prod([]), math.prod(range(1, 11)) == math.factorial(10))
print(math.prod([2, 3], start=10))

# factor a number
n = 360
factors = []
d = 2
while n > 1:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
print("360 =", " * ".join(str(f) for f in factors), "=", math.prod(factors))

print(math.isqrt(10 ** 30), math.isqrt(99))
try:
    math.isqrt(-1)
except ValueError as err:
    print("ValueError:", err)
