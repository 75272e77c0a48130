# Fibonacci with a dictionary memo: counting calls with and without it
calls = 0


def fib_slow(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib_slow(n - 1) + fib_slow(n - 2)


memo = {}


def fib_memo(n):
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result


print("fib_slow(20) =", fib_slow(20), "with", calls, "calls")
print("fib_memo(20) =", fib_memo(20), "memo size", len(memo))
print("fib_memo(90) =", fib_memo(90))
print([fib_memo(i) for i in range(12)])
