# Sorting algorithms printing their steps: bubble, insertion, merge, quick
def bubble(a):
    a = list(a)
    for end in range(len(a) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swapped = True
        print("  bubble pass:", a)
        if not swapped:
            break
    return a

def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
        print("  insert", key, "->", a)
    return a

def merge_sort(a, depth=0):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], depth + 1), merge_sort(a[mid:], depth + 1)
    merged = []
    while left and right:
        merged.append((left if left[0] <= right[0] else right).pop(0))
    merged += left + right
    print("  " + "  " * depth + "merge ->", merged)
    return merged

def quick(a):
    if len(a) <= 1:
        return a
    pivot, *rest = a
    less = [x for x in rest if x < pivot]
    more = [x for x in rest if x >= pivot]
    print(f"  pivot {pivot}: {less} | {more}")
    return quick(less) + [pivot] + quick(more)

data = [5, 2, 9, 1, 5, 6]
print(bubble(data))
print(insertion(data))
print(merge_sort(data))
print(quick(data))
print(sorted(data, reverse=True), data)
