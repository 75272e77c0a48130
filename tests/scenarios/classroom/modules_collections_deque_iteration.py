# Reading a deque: indexing, iterating both ways, and changing it while iterating
from collections import deque

d = deque("abcdef")
print(d[0], d[-1], d[2])
print(list(reversed(d)), "".join(d))
d[1] = "B"
del d[0]
print(d, len(d), "c" in d)
try:
    d[10]
except IndexError as e:
    print("IndexError:", e)
try:
    d[1:3]
except TypeError as e:
    print("TypeError:", e)

it = iter(d)
print(next(it), next(it))
d.append("g")                    # any change invalidates the iterator
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)

# collect the changes, then apply them
to_remove = [x for x in d if x in "Bd"]
for x in to_remove:
    d.remove(x)
print(d)

# comparisons go item by item, like lists
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque("ab") * 2)
e = deque([0])
e += [1, 2]
e *= 2
print(e)
print(deque(range(3)).copy(), bool(deque()), bool(e))
