# Forgetting the base case: RecursionError caught, then uncaught
import sys
def countdown(n):
    print(n) if n % 250 == 0 else None
    return countdown(n - 1)

def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(sys.getrecursionlimit())
d = depth()
print(d > 900, d < 1000)
try:
    countdown(500)
except RecursionError as e:
    print(type(e).__name__, e)
def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)
print(len(str(fact(900))))
sys.setrecursionlimit(3000)
print(fact(2500).bit_length(), sys.getrecursionlimit())
sys.setrecursionlimit(1000)
def bad_fact(n):
    return n * bad_fact(n - 1)
bad_fact(10)
