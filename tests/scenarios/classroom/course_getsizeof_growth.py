# sys.getsizeof of a list as it grows: append over-allocates in steps
import sys

items = []
last = sys.getsizeof(items)
print("empty list:", last, "bytes")
for i in range(40):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"len {len(items):>2}: {size} bytes (grew by {size - last})")
        last = size

print("list of 5 made by literal:", sys.getsizeof([1, 2, 3, 4, 5]))
print("list of 5 made by append:", end=" ")
grown = []
for i in range(5):
    grown.append(i)
print(sys.getsizeof(grown))
print("list(range(5)):", sys.getsizeof(list(range(5))))
print("[0] * 100:", sys.getsizeof([0] * 100))
big_strings = ["a" * 1000, "b" * 1000]
print("a list only counts its pointers:", sys.getsizeof(big_strings), sys.getsizeof(big_strings[0]))
while items:
    items.pop()
print("after popping everything:", sys.getsizeof(items))
print("tuple vs list of 3:", sys.getsizeof((1, 2, 3)), sys.getsizeof([1, 2, 3]))
