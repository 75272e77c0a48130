# How much memory a bytearray takes as it is built and grows
import sys

empty = bytearray()
print("empty:", sys.getsizeof(empty))
print("from bytes:", sys.getsizeof(bytearray(b"abc")))
print("five zeros:", sys.getsizeof(bytearray(5)), bytearray(5))
print("from a list:", sys.getsizeof(bytearray([72, 105, 33])))
print("from a tuple:", sys.getsizeof(bytearray((1, 2, 3, 4))))
print("from a range:", sys.getsizeof(bytearray(range(10))))
print("from a generator:", sys.getsizeof(bytearray(n * 2 for n in range(20))))
print("copy:", sys.getsizeof(bytearray(bytearray(b"copy me"))))

buffer = bytearray(b"abc")
last = sys.getsizeof(buffer)
for code in range(65, 91):
    buffer.append(code)
    size = sys.getsizeof(buffer)
    if size != last:
        print(len(buffer), "bytes ->", size)
        last = size
print(buffer)
