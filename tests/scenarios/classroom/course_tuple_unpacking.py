# Tuple unpacking: swap, multiple return values, *rest, nested unpacking
a, b = 1, 2
a, b = b, a
print(a, b)


def min_max(nums):
    return min(nums), max(nums)


low, high = min_max([4, 8, 1, 9, 3])
print(low, high)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
x, *empty = [42]
print(x, empty)
(p, q), r = (1, 2), 3
print(p, q, r)
for name, (x, y) in [("A", (0, 1)), ("B", (5, 5))]:
    print(name, x + y)
t = 1, 2, 3
print(t, type(t).__name__, len(t))
single = (5,)
print(single, (5))
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
print(*[1, 2, 3], sep=", ")
