# Recursion: factorial, sum of a list and power, each with a base case
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def list_sum(items):
    if not items:
        return 0
    return items[0] + list_sum(items[1:])


def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return base * half * half


for n in range(8):
    print(f"{n}! = {factorial(n)}")
print(factorial(20))
print(list_sum([1, 2, 3, 4, 5]))
print(power(2, 10), power(3, 5))
