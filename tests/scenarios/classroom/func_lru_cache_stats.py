# lru_cache and cache: memoised recursion, cache_info, cache_clear, maxsize
import functools
import sys


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=3)
def square(n):
    print(f"  computing {n}^2")
    return n * n


@functools.cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(fib(80))
print(fib.cache_info())
for n in [1, 2, 3, 1, 4, 1, 2]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
print(ways(20), ways.cache_info().currsize)
print(fib.__wrapped__(10), fib.__name__, type(fib).__name__)
try:
    square([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(square(2.0), square(2), square.cache_info().hits)
print(fib.cache_parameters(), square.cache_parameters())
print(sys.getsizeof(fib) > 0)
