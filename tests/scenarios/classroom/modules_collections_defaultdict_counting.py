# Counting with defaultdict(int), next to dict.get and Counter
from collections import defaultdict, Counter

votes = ["red", "blue", "red", "green", "blue", "red"]

tally = defaultdict(int)        # int() is 0
for v in votes:
    tally[v] += 1
print(tally)
print(dict(tally), max(tally, key=tally.get))

manual = {}
for v in votes:
    manual[v] = manual.get(v, 0) + 1
print(manual == tally)

print(Counter(votes) == tally, Counter(votes).most_common(1))

# any zero-argument callable can be the factory
def unknown():
    return "n/a"

colors = defaultdict(unknown, sky="blue")
print(colors["sky"], colors["sea"], dict(colors))
first_seen = defaultdict(lambda: len(first_seen))
for v in votes:
    first_seen[v]
print(dict(first_seen))

# copy() keeps the factory; the factory can be changed or removed
c = tally.copy()
c.default_factory = None
print(type(c).__name__, c.default_factory, c)
try:
    c["purple"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict("not callable")
except TypeError as e:
    print("TypeError:", e)
