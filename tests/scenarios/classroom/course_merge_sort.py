# Merge sort: split in halves, sort each recursively, merge the results
def merge(left, right):
    result = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            result.append(left[i])
            i += 1
        else:
            result.append(right[j])
            j += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result


def merge_sort(items, depth=0):
    print("  " * depth + str(items))
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid], depth + 1)
    right = merge_sort(items[mid:], depth + 1)
    return merge(left, right)


print(merge_sort([38, 27, 43, 3, 9, 82, 10]))
print(merge([1, 4, 9], [2, 3, 10, 11]))
