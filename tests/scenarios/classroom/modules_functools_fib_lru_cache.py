# Memoization: a recursive Fibonacci with and without functools.lru_cache
from functools import lru_cache

calls = 0


def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib(20) =", fib(20), "took", calls, "calls")

calls = 0


@lru_cache(maxsize=128)
def fast_fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fast_fib(n - 1) + fast_fib(n - 2)


print("fast_fib(20) =", fast_fib(20), "took", calls, "calls")
print(fast_fib.cache_info())

# asking again costs nothing: every answer is already in the cache
calls = 0
print("fast_fib(20) again =", fast_fib(20), "took", calls, "calls")
print(fast_fib.cache_info())

# a bigger value only computes the new part
print("fast_fib(25) =", fast_fib(25), "took", calls, "calls")
info = fast_fib.cache_info()
print("hits:", info.hits, "misses:", info.misses, "stored:", info.currsize, "of", info.maxsize)

fast_fib.cache_clear()
print("after cache_clear:", fast_fib.cache_info())
print("the original function is still there:", fast_fib.__wrapped__.__name__)
