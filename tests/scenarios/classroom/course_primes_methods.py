# Three ways to find primes: trial division, sieve, and a generator
import math

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, int(math.sqrt(n)) + 1, 2):
        if n % d == 0:
            return False
    return True

def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, math.isqrt(limit) + 1):
        if flags[i]:
            flags[i*i::i] = [False] * len(flags[i*i::i])
    return [i for i, f in enumerate(flags) if f]

def primes():
    n = 2
    while True:
        if is_prime(n):
            yield n
        n += 1

print([n for n in range(50) if is_prime(n)])
s = sieve(100)
print(len(s), s[-5:])
gen = primes()
first = [next(gen) for _ in range(15)]
print(first)
print(sum(sieve(1000)))
twins = [(p, p + 2) for p in s if p + 2 in s]
print("twin primes:", twins)
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in (60, 97, 360, 1001, 2**10 - 1, 123456789):
    print(f"{n:>10} = {' x '.join(map(str, factorize(n)))}")
print(math.gcd(*[12, 18, 30]), math.lcm(4, 6, 10))
