# Taking a slice of an infinite generator with itertools.islice
from itertools import islice, count


def squares():
    n = 1
    while True:
        yield n * n
        n += 1


# squares() never ends, so list(squares()) would never finish
print(list(islice(squares(), 5)))
print(list(islice(squares(), 2, 8, 2)))

# islice does not restart: it consumes the generator it reads
gen = squares()
print(list(islice(gen, 3)), list(islice(gen, 3)))


def primes():
    for n in count(2):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            yield n


print("first ten primes:", list(islice(primes(), 10)))

# slicing syntax does not work on generators
try:
    squares()[:5]
except TypeError as err:
    print("TypeError:", err)

# nor do negative positions
try:
    islice(squares(), -1)
except ValueError as err:
    print("ValueError:", err)
