# A recursive function without a base case never stops: RecursionError
import sys

print("recursion limit:", sys.getrecursionlimit())


def countdown_good(n):
    if n == 0:
        return "done"
    return countdown_good(n - 1)


def countdown_bad(n):
    return countdown_bad(n - 1)


print(countdown_good(100))
print(countdown_bad(100))
