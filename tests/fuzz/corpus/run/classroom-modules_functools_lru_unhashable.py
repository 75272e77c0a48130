# lru_cache needs hashable arguments: a list cannot be a cache key
from functools import lru_cache


@lru_cache(maxsize=None)
def total(numbers):
    return sum(numbers)


print(total((1, 2, 3)))
print(total((1, 2, 3)))
print(total.cache_info())
# a list argument raises TypeError before the function is even called
print(total([1, 2, 3]))
