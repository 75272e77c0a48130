# Sorting by hand: selection, insertion, merge and quick sort, with a key function
def selection_sort(a, key=lambda x: x):
    a = list(a)
    for i in range(len(a)):
        m = i
        for j in range(i + 1, len(a)):
            if key(a[j]) < key(a[m]):
                m = j
        a[i], a[m] = a[m], a[i]
    return a

def insertion_sort(a, key=lambda x: x):
    a = a[:]
    for i in range(1, len(a)):
        cur = a[i]
        j = i - 1
        while j >= 0 and key(a[j]) > key(cur):
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = cur
    return a

def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(left[i]) <= key(right[j]):
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:]); out.extend(right[j:])
    return out

def quick_sort(a):
    if len(a) < 2:
        return a
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

nums = [38, 27, 43, 3, 9, 82, 10, 3, -4, 0]
print(selection_sort(nums), insertion_sort(nums), merge_sort(nums), quick_sort(nums))
print(selection_sort(nums) == sorted(nums) == merge_sort(nums))
people = [("Ann", 31), ("bob", 25), ("Cid", 31), ("dee", 19), ("Eve", 25)]
print(merge_sort(people, key=lambda p: p[1]))
print(insertion_sort(people, key=lambda p: p[0].lower()))
print(selection_sort(["pear", "Fig", "apple", "kiwi"], key=str.lower))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words, key=len), sorted(words, key=len, reverse=True))
print(quick_sort([3.5, -1, 2, 2.0, 1e3, -0.5]), sorted([True, 0, -1, 2.5]))
