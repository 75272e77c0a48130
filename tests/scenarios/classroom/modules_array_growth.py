# How an array grows when we append to it (over-allocation)
import sys
from array import array

a = array('d')
print("empty array:", sys.getsizeof(a), "bytes")
last = sys.getsizeof(a)
for i in range(60):
    a.append(i * 0.5)
    size = sys.getsizeof(a)
    if size != last:
        print(f"len={len(a):3d}  size={size:4d}  grew by {size - last}")
        last = size

# the same appends on a list
lst = []
last = sys.getsizeof(lst)
changes = 0
for i in range(60):
    lst.append(i * 0.5)
    if sys.getsizeof(lst) != last:
        changes += 1
        last = sys.getsizeof(lst)
print("list resized", changes, "times, final size", sys.getsizeof(lst))

# popping does not give the memory back at once
while len(a) > 10:
    a.pop()
print("after popping to 10 items:", sys.getsizeof(a))
del a[:]
print("after emptying:", len(a), sys.getsizeof(a))

b = array('i', [1, 2, 3])
print("built from a list:", sys.getsizeof(b))
b.extend([4, 5, 6, 7, 8])
print("after extend:", b, sys.getsizeof(b))
b.extend(array('i', range(20)))
print("after extend with an array:", len(b), sys.getsizeof(b))
