# Differences between neighbours: itertools.pairwise and itertools.tee
from itertools import pairwise, tee, islice

temps = [12, 15, 11, 18, 18, 21]
print(list(pairwise(temps)))
print("changes:", [b - a for a, b in pairwise(temps)])
print("warmer days:", sum(1 for a, b in pairwise(temps) if b > a))

# tee splits one iterator into two independent ones
readings = iter(temps)
first, second = tee(readings)
next(second)
print(list(zip(first, second)))

# a moving average of 3 values
def windows(iterable, n):
    iters = tee(iterable, n)
    for i, it in enumerate(iters):
        for _ in range(i):
            next(it, None)
    return zip(*iters)


print([round(sum(w) / 3, 1) for w in windows(temps, 3)])

# tee buffers what the slower copy has not read yet
a, b = tee(range(10))
print(list(islice(a, 4)), list(b))
print(type(a).__name__)
