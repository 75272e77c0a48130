# Prime numbers: trial division and the sieve of Eratosthenes
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
    return [i for i, is_p in enumerate(flags) if is_p]


print([n for n in range(50) if is_prime(n)])
print(sieve(50) == [n for n in range(51) if is_prime(n)])
print(len(sieve(1000)), sieve(1000)[-3:])


def factorize(n):
    factors = []
    d = 2
    while n > 1:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    return factors


for n in [12, 97, 360, 1001]:
    print(n, "=", " * ".join(str(f) for f in factorize(n)))
