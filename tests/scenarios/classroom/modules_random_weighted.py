# Weighted choices: a game's loot table. choices draws with replacement;
# weights or cumulative weights make some items likelier.
import random

random.seed(7)

loot = ["coin", "potion", "sword", "dragon egg"]
weights = [70, 20, 9, 1]

drops = random.choices(loot, weights=weights, k=20)
print(drops)

counts = {item: 0 for item in loot}
for item in random.choices(loot, weights, k=1000):
    counts[item] += 1
for item, n in counts.items():
    print(f"{item:>10}: {n:4} ({n / 10:.1f}%)")

# the same table as cumulative weights
print(random.choices(loot, cum_weights=[70, 90, 99, 100], k=8))

# without weights every item is equally likely
print(random.choices("HT", k=16))

# a weighted coin
flips = random.choices(["heads", "tails"], weights=[0.8, 0.2], k=10)
print(flips, flips.count("heads"))

try:
    random.choices(loot, [1, 2], k=2)
except ValueError as err:
    print("ValueError:", err)
try:
    random.choices(loot, 3)
except TypeError as err:
    print("TypeError:", err)
