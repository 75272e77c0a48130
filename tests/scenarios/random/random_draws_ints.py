# 10,000 draws of each function of the random module from seeds that are
# small non-negative ints:
# the first three shown, all of them folded into hash() of a tuple (ints
# and floats only, whose hashes do not depend on PYTHONHASHSEED). The
# expected output is what python3.11 prints (see README.md).
import random

N = 10000
POPULATION = [11, 22, 33, 44, 55, 66, 77]
WEIGHTS = [5, 1, 1, 2.5, 0, 3, 1]
CUM_WEIGHTS = [1, 2, 4, 8, 9, 9, 12]


def shuffled(n):
    deck = list(range(n))
    random.shuffle(deck)
    return tuple(deck)


def run(name, draw):
    values = [draw(i) for i in range(N)]
    print(f"  {name}: {values[:3]!r} ... {hash(tuple(values))}")


SEEDS = [0, 42]

for seed in SEEDS:
    print(f"seed {seed!r}")
    random.seed(seed)
    run("random", lambda i: random.random())
    run("getrandbits", lambda i: random.getrandbits(1 + i % 100))
    run("randrange", lambda i: random.randrange(-50, 10 ** (i % 25) + 1, 1 + i % 7))
    run("randint", lambda i: random.randint(1, 6))
    run("randint_big", lambda i: random.randint(-(2 ** 70), 2 ** 70 + i))
    run("choice", lambda i: random.choice(POPULATION))
    run("choices", lambda i: tuple(random.choices(POPULATION, k=1 + i % 4)))
    run("choices_weights", lambda i: tuple(random.choices(POPULATION, WEIGHTS, k=2)))
    run("choices_cum", lambda i: tuple(random.choices(POPULATION, cum_weights=CUM_WEIGHTS, k=2)))
    run("shuffle", lambda i: shuffled(i % 9))
    run("sample", lambda i: tuple(random.sample(range(1 + i % 60), i % 6)))
    run("sample_big", lambda i: tuple(random.sample(range(1000), 8)))
    run("uniform", lambda i: random.uniform(-3, 7.5))
    run("gauss", lambda i: random.gauss(10, 2))
    run("normalvariate", lambda i: random.normalvariate(0, 1))
    run("triangular", lambda i: random.triangular(0, 10, 2 + i % 5))
    run("expovariate", lambda i: random.expovariate(0.5 + i % 3))
    run("betavariate", lambda i: random.betavariate(0.5 + i % 4, 2.0))
