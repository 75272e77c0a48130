# Memory lesson: a list of ints versus an array of C ints
import sys
from array import array

numbers = list(range(1000))
packed = array('i', range(1000))

print("items in each:", len(numbers), len(packed))
print("same values?", numbers == packed.tolist())

list_size = sys.getsizeof(numbers)
int_objects = sum(sys.getsizeof(n) for n in numbers)
print("list object:", list_size, "bytes")
print("int objects it points to:", int_objects, "bytes")
print("list total:", list_size + int_objects, "bytes")

array_size = sys.getsizeof(packed)
print("array object (items inside):", array_size, "bytes")
print("bytes per item in the array:", packed.itemsize)
print("array buffer:", packed.buffer_info()[1] * packed.itemsize, "bytes")

ratio = (list_size + int_objects) / array_size
print(f"the list costs {ratio:.1f} times more")

# each element read from an array is a new int object
x = packed[500]
y = packed[500]
print(x == y, type(x).__name__)
print("the list hands out the same object:", numbers[500] is numbers[500])
print("the array makes a new one each time:", packed[500] is packed[500])

for code in 'bhilqfd':
    a = array(code, [0] * 100)
    print(code, a.itemsize, sys.getsizeof(a))
