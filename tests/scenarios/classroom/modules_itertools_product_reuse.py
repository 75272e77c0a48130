# itertools recycles its result tuples when nobody keeps them
from itertools import combinations, product
import gc
import sys

grid = product("ab", range(2))
first = next(grid)
second = next(grid)
# both are kept, so they are two different tuples
print(first, second, first is second)

# a loop that drops each combination: the same few tuples come back,
# so the collector sees almost no new objects
gc.collect()
before = gc.get_count()[0]
count = 0
for trio in combinations(range(12), 3):
    count += 1
print(count, "combinations read,", gc.get_count()[0] - before, "new collector objects")

# keeping them all in a list: one new tuple per combination
gc.collect()
before = gc.get_count()[0]
kept = list(combinations(range(12), 3))
print(len(kept), "combinations kept,", gc.get_count()[0] - before, "new collector objects")
print(len(set(map(id, kept))), "distinct tuples in the list")

# each tuple holds references to the pool's items, not copies
word = "memory"
print("refs to word:", sys.getrefcount(word))
pairs = list(combinations([word, "lane", "cache"], 2))
print("refs to word with two pairs holding it:", sys.getrefcount(word))
print(sys.getsizeof(pairs[0]), "bytes per pair")
