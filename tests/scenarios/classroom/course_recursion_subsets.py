# Recursion that builds lists: all subsets, all permutations, sum of digits
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


def permutations(s):
    if len(s) <= 1:
        return [s]
    result = []
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            result.append(ch + p)
    return result


def digit_sum(n):
    return n if n < 10 else n % 10 + digit_sum(n // 10)


def count_down(n):
    if n < 0:
        return
    print(n, end=" ")
    count_down(n - 1)


print(subsets([1, 2, 3]))
print(len(subsets(list(range(10)))))
print(permutations("abc"))
print(len(permutations("abcde")))
print(digit_sum(987654321))
count_down(5)
print()
