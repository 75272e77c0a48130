# Bubble sort: repeatedly swap neighbours that are out of order
def bubble_sort(items):
    items = items[:]
    n = len(items)
    passes = 0
    for i in range(n - 1):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swapped = True
        passes += 1
        print(f"pass {passes}: {items}")
        if not swapped:
            break
    return items


data = [5, 1, 4, 2, 8]
result = bubble_sort(data)
print("sorted:", result)
print("original unchanged:", data)
print(bubble_sort([1, 2, 3]))
print(bubble_sort(["pear", "apple", "fig"]))
