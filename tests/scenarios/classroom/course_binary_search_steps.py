# Binary search: iterative with a trace, recursive, and bisect-style insertion
def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        steps += 1
        print(f"  lo={lo:2} hi={hi:2} mid={mid:2} a[mid]={a[mid]}")
        if a[mid] == target:
            return mid, steps
        elif a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bsearch_rec(a, t, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == t:
        return mid
    if a[mid] < t:
        return bsearch_rec(a, t, mid + 1, hi)
    return bsearch_rec(a, t, lo, mid)

def insertion_point(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = list(range(3, 100, 7))
print(data)
for t in (3, 52, 94, 50):
    print("search", t)
    print("  ->", binary_search(data, t))
print([bsearch_rec(data, t) for t in (10, 11, 24, 94, 101)])
sorted_names = ["amy", "ben", "cal", "dan", "eve"]
for n in ("bob", "zed", "aaa", "cal"):
    i = insertion_point(sorted_names, n)
    sorted_names.insert(i, n)
print(sorted_names)
import math
print([math.ceil(math.log2(n + 1)) for n in (1, 10, 100, 1000, 10**6)])
