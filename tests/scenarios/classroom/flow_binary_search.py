# Binary search, iterative and recursive, printing each step
def binary_search(items, target):
    low, high = 0, len(items) - 1
    step = 0
    while low <= high:
        step += 1
        mid = (low + high) // 2
        print(f"  step {step}: low={low} high={high} mid={mid} value={items[mid]}")
        if items[mid] == target:
            return mid
        if items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1

def search_rec(items, target, low=0, high=None):
    if high is None:
        high = len(items) - 1
    if low > high:
        return -1
    mid = (low + high) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search_rec(items, target, mid + 1, high)
    return search_rec(items, target, low, mid - 1)

data = list(range(3, 100, 7))
print(data)
for t in (3, 52, 94, 50):
    print("search", t)
    print(" ->", binary_search(data, t), search_rec(data, t))
words = sorted(["pear", "apple", "fig", "kiwi", "banana", "cherry"])
print(words, search_rec(words, "kiwi"), search_rec(words, "grape"))
