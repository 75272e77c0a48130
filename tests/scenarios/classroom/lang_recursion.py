# Recursion: factorial, Fibonacci, Towers of Hanoi, and the recursion limit
import sys

def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

print([factorial(i) for i in range(8)], factorial(25))

calls = 0
def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(15), "took", calls, "calls")

def fib_memo(n, memo={}):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result

print(fib_memo(80), len(fib_memo.__defaults__[0]))

moves = []
def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source)

hanoi(3, "A", "C", "B")
print(len(moves), moves)
for disks in range(1, 8):
    moves.clear()
    hanoi(disks, "A", "C", "B")
    print(disks, "disks:", len(moves), "moves", len(moves) == 2 ** disks - 1)

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

print(power_set([1, 2, 3]))

def flatten(nested):
    out = []
    for x in nested:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

print(flatten([1, [2, [3, [4, [5]]]], 6]))

def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid - 1)

data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28), sys.getrecursionlimit())

def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as err:
    print("RecursionError:", err)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), factorial(0))
