# A timing helper for experiments (we print results, never the times)
import time


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    seconds = time.perf_counter() - start
    return result, seconds


def slow_sum(n):
    total = 0
    for i in range(n):
        total += i
    return total


result, seconds = timed(slow_sum, 10000)
print("result:", result)
print("took a non-negative time:", seconds >= 0)
result2, seconds2 = timed(sum, range(10000))
print("same result with sum():", result == result2)
times = [timed(slow_sum, n)[1] for n in (10, 100, 1000)]
print(len(times), all(t >= 0 for t in times))
