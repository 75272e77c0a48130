# How a deque grows: blocks of 64 slots, compared with a list's over-allocation
from collections import deque
import sys

d = deque()
lst = []
last_d = last_l = None
for i in range(200):
    d.append(i)
    lst.append(i)
    size_d, size_l = sys.getsizeof(d), sys.getsizeof(lst)
    if size_d != last_d:
        print(f"{len(d):3d} items: deque {size_d} bytes")
        last_d = size_d
    if size_l != last_l and len(lst) > 150:
        print(f"{len(lst):3d} items: list  {size_l} bytes")
        last_l = size_l

# built in one go, a deque starts at the left edge of its first block
print(sys.getsizeof(deque(range(63))), sys.getsizeof(deque(range(64))))
# appended one by one, it starts in the middle, so a block fills sooner
one_by_one = deque()
for i in range(40):
    one_by_one.append(i)
print(sys.getsizeof(one_by_one))

# popping from the left gives blocks back
for i in range(150):
    d.popleft()
print(len(d), sys.getsizeof(d))
print("empty deque:", sys.getsizeof(deque()), "empty list:", sys.getsizeof([]))
