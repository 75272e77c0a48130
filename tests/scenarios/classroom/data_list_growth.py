# How a list grows: sys.getsizeof as you append, over-allocation
import sys
items = []
last = sys.getsizeof(items)
print("empty list:", last)
for i in range(40):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"len={len(items):>3}  size={size:>4}  capacity~{(size - 56) // 8}")
        last = size
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(10))))
print(sys.getsizeof([0] * 10), sys.getsizeof([None] * 100), sys.getsizeof([i for i in range(10)]))
a = [1, 2, 3]
a.extend(range(10))
print(len(a), sys.getsizeof(a))
while a:
    a.pop()
    if len(a) % 4 == 0:
        print(len(a), sys.getsizeof(a))
b = list(range(100))
del b[10:]
print(len(b), sys.getsizeof(b))
b.clear()
print(sys.getsizeof(b))
c = [1, 2, 3]
c *= 5
print(len(c), sys.getsizeof(c), sys.getsizeof(c + c), sys.getsizeof(c[:]), sys.getsizeof(c.copy()))
t = tuple(range(10))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(t), sys.getsizeof(tuple(c)))
