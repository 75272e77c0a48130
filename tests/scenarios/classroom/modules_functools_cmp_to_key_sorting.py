# cmp_to_key turns an old-style compare function into a sort key
from functools import cmp_to_key


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))


# descending numbers, the classic example
def descending(x, y):
    return y - x


print(sorted([5, 2, 9, 1], key=cmp_to_key(descending)))

# the key objects compare by calling the function
K = cmp_to_key(descending)
print(K(1) < K(2), K(2) < K(1), K(3) == K(3))
print(K(7).obj)
