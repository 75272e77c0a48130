# All the outcomes of rolling two dice, with itertools.product
from itertools import product

die = range(1, 7)
outcomes = list(product(die, die))
print(len(outcomes), "outcomes; the first few:", outcomes[:4])

# how often each total comes up
totals = {}
for a, b in outcomes:
    totals[a + b] = totals.get(a + b, 0) + 1
for total in sorted(totals):
    print(f"{total:2d} {'#' * totals[total]} {totals[total] / len(outcomes):.3f}")

# three coins: repeat= avoids writing the same iterable three times
print(["".join(t) for t in product("HT", repeat=3)])

# the same as nested loops
nested = [(a, b) for a in die for b in die]
print(nested == outcomes)

# a doubles count
print(sum(1 for a, b in product(die, repeat=2) if a == b), "doubles")
