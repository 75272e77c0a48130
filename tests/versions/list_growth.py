# A list over-allocates as it grows, so most appends do not reallocate.
import sys

items = []
last = sys.getsizeof(items)
for i in range(20):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print("len", len(items), "->", size, "bytes")
        last = size
