# An LRU cache built on OrderedDict with move_to_end and popitem(last=False)
from collections import OrderedDict
import sys


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return None
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"  evict {old}")

    def __repr__(self):
        return f"LRU({list(self.data.items())})"


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
cache.get("a")
cache.put("d", "D")
print(cache)
cache.put("c", "see")
cache.put("e", "E")
print(cache, cache.get("b"), cache.get("c"))
print(cache.hits, cache.misses)
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, list(od.keys()), od.popitem())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
try:
    od.move_to_end("q")
except KeyError as e:
    print("KeyError:", e)
print(sys.getsizeof(OrderedDict()) > sys.getsizeof({}), list(reversed(od)))
