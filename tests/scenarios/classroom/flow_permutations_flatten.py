# Recursive permutations, flattening nested lists, power sets
def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, first in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            result.append([first] + perm)
    return result

def flatten(nested):
    flat = []
    for item in nested:
        if isinstance(item, list):
            flat.extend(flatten(item))
        else:
            flat.append(item)
    return flat

def flatten_gen(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten_gen(item)
        else:
            yield item

def power_set(items):
    if not items:
        return [[]]
    smaller = power_set(items[1:])
    return smaller + [[items[0]] + s for s in smaller]

for p in permutations("abc"):
    print("".join(p), end=" ")
print()
print(len(permutations([1, 2, 3, 4])))
data = [1, [2, [3, [4, [5]]]], (6, 7), [], [[8]]]
print(flatten([1, [2, [3, [4, [5]]]], [], [[8]]]))
print(list(flatten_gen(data)))
print(power_set([1, 2, 3]))
print(sum(1 for _ in flatten_gen([[i] * i for i in range(5)])))
