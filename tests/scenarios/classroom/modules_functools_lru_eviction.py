# A bounded lru_cache forgets the least recently used result first
from functools import lru_cache


@lru_cache(maxsize=3)
def lookup(word):
    print("  looking up", word)
    return word.upper()


for w in ["apple", "banana", "cherry"]:
    lookup(w)
print(lookup.cache_info())

# using apple makes it the most recent; banana is now the oldest
lookup("apple")
# a fourth word does not fit: banana is evicted
lookup("date")
print(lookup.cache_info())

print("banana again:")
lookup("banana")       # computed again (and cherry is evicted)
print("apple again:")
lookup("apple")        # still cached
print(lookup.cache_info())

# maxsize=0 caches nothing at all, every call is a miss
@lru_cache(maxsize=0)
def nothing(x):
    return x * 2


print(nothing(1), nothing(1), nothing.cache_info())

# maxsize=None never evicts
@lru_cache(maxsize=None)
def everything(x):
    return x * 2


for i in range(100):
    everything(i % 10)
print(everything.cache_info())
print(everything.cache_parameters(), lookup.cache_parameters())
