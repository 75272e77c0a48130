# Recursion with call counts: factorial, naive vs memoised fibonacci, Hanoi
import sys

calls = {"fact": 0, "fib": 0, "memo": 0}

def fact(n):
    calls["fact"] += 1
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    calls["fib"] += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fib_memo(n, memo={}):
    calls["memo"] += 1
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result

print(fact(10), fact(20))
print(fib(15), fib_memo(15))
print(calls)
print("memo entries:", len(fib_memo.__defaults__[0]))
print(fib_memo(80))

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
for disk, a, b in moves:
    print(f"move disk {disk} {a} -> {b}")
print(len(moves), "moves; 2**3 - 1 =", 2 ** 3 - 1)

def depth(n):
    return 1 if n == 0 else 1 + depth(n - 1)
print(depth(500), sys.getrecursionlimit())
try:
    depth(5000)
except RecursionError as e:
    print(type(e).__name__, e)
