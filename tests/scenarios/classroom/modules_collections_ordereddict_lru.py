# An LRU cache built on OrderedDict.move_to_end and popitem(last=False)
from collections import OrderedDict
import sys


class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self:
            self.misses += 1
            return None
        self.hits += 1
        self.move_to_end(key)            # most recently used goes last
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            oldest, _ = self.popitem(last=False)
            print("  evicted", oldest)


cache = LRUCache(3)
for k in ["a", "b", "c"]:
    cache.put(k, k.upper())
print(list(cache))
cache.get("a")
cache.put("d", "D")                      # b is the least recently used
print(list(cache))
cache.get("c")
cache.put("e", "E")
print(list(cache), cache.get("b"), cache.hits, cache.misses)
print(cache)
print(cache.capacity, cache.__dict__)
print(type(cache).__mro__[1].__name__, isinstance(cache, dict))


# the same cache around a slow function
def slow_square(n, cache=LRUCache(2)):
    if n in cache:
        return cache.get(n)
    print("  computing", n)
    cache.put(n, n * n)
    return cache[n]


for n in [2, 3, 2, 4, 3]:
    print(n, slow_square(n))
print("OrderedDict:", sys.getsizeof(OrderedDict()), "dict:", sys.getsizeof({}))
