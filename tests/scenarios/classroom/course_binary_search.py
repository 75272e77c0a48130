# Binary search: halve the search range each step, iteratively and recursively
def binary_search(items, target):
    low, high = 0, len(items) - 1
    steps = 0
    while low <= high:
        steps += 1
        mid = (low + high) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1, steps


def search_rec(items, target, low, high):
    if low > high:
        return -1
    mid = (low + high) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search_rec(items, target, mid + 1, high)
    return search_rec(items, target, low, mid - 1)


data = list(range(0, 200, 3))
for t in [0, 99, 100, 198, 199]:
    print(t, binary_search(data, t), search_rec(data, t, 0, len(data) - 1))
print("items:", len(data))
