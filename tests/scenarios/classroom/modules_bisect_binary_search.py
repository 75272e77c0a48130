# Binary search: writing it by hand, then letting bisect do it
import bisect

primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]


def my_bisect_left(a, x):
    lo, hi = 0, len(a)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo, steps


for x in (2, 23, 24, 47, 50):
    mine, steps = my_bisect_left(primes, x)
    theirs = bisect.bisect_left(primes, x)
    print(f"{x:2}: mine={mine:2} bisect={theirs:2} steps={steps}")


def contains(a, x):
    i = bisect.bisect_left(a, x)
    return i != len(a) and a[i] == x


print([n for n in range(20, 32) if contains(primes, n)])


class Counted:
    comparisons = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.v < other.v


million = range(1_000_000)
print("position of 765432 in a range:", bisect.bisect_left(million, 765432))
items = [Counted(v) for v in range(1000)]
bisect.bisect_left(items, Counted(700))
print("comparisons for 1000 items:", Counted.comparisons)

# it works on tuples and strings too: anything with len and []
print(bisect.bisect(("apple", "fig", "kiwi", "pear"), "grape"))
print(bisect.bisect("acegik", "f"))
