# What a cache keeps alive: its keys, its results and the argument tuples
import functools
import gc
import sys
import weakref


class Matrix:
    def __init__(self, n):
        self.n = n


@functools.cache
def describe(m):
    return "matrix of size " + str(m.n)


m = Matrix(3)
print("refs to m:", sys.getrefcount(m))
print(describe(m))
# the cache holds the call's argument tuple as its key, so m stays alive
print("refs to m after a cached call:", sys.getrefcount(m))
alive = weakref.ref(m)
del m
print("m still alive after del:", alive() is not None)
describe.cache_clear()
print("after cache_clear:", alive() is not None)

# a single int or str argument is its own key: no tuple is kept
@functools.lru_cache(maxsize=None)
def square(n):
    return n * n


n = 10 ** 6
print("refs to n:", sys.getrefcount(n))
square(n)
print("refs to n when cached:", sys.getrefcount(n))

# the wrapper is one object of its own, tracked by the collector;
# the cache's entries are not collector objects
print(type(square).__name__, sys.getsizeof(square), gc.is_tracked(square))
for i in range(50):
    square(i)
print(square.cache_info().currsize, "entries")
gc.collect()
before = gc.get_count()[0]
for i in range(50, 100):
    square(i)
print("collector objects added by 50 new entries:", gc.get_count()[0] - before)

# the wrapper's own __dict__ holds what update_wrapper copied
print(sorted(square.__dict__))
