# Reproducible experiments: what a seed may be, and how the same seed
# always replays the same numbers. Every kind of seed is turned into one
# big number that fills the generator's 624-word state.
import random

seeds = [0, 1, -1, 42, 2 ** 32 - 1, 2 ** 32, 10 ** 40, "abc", "", b"abc",
         bytearray(b"xyz"), 3.5, True]
for seed in seeds:
    random.seed(seed)
    draws = [random.randint(1, 100) for _ in range(5)]
    print(f"{seed!r:>45}: {draws} {random.random():.6f}")

# -1 and 1 are the same seed: the sign is dropped
random.seed(-1)
a = random.random()
random.seed(1)
print("seed(-1) == seed(1):", a == random.random())

# the old (version 1) way of turning a string into a seed
random.seed("abc", version=1)
print("version 1:", random.random())

# replaying part of an experiment from a saved state
random.seed(2026)
warmup = [random.random() for _ in range(3)]
state = random.getstate()
run1 = [random.randint(1, 6) for _ in range(8)]
random.setstate(state)
run2 = [random.randint(1, 6) for _ in range(8)]
print(run1, run1 == run2)

print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(70))
print(random.randbytes(6), random.randbytes(0))

try:
    random.setstate((3, (1, 2, 3), None))
except ValueError as err:
    print("ValueError:", err)
try:
    random.seed({"not": "allowed"})
except TypeError as err:
    print("TypeError:", str(err).replace("\n", " "))
