# Insertion sort: grow a sorted prefix, inserting each new item in place
def insertion_sort(a):
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
        print(f"i={i}: {a}")


nums = [12, 11, 13, 5, 6]
insertion_sort(nums)
print("result:", nums)

letters = list("python")
insertion_sort(letters)
print("".join(letters))

empty = []
insertion_sort(empty)
print(empty)
