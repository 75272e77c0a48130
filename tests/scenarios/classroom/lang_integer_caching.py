# Integer caching: -5..256 are shared objects, larger ints are made as needed
import sys

def same_object(a, b):
    return a is b

for n in [-6, -5, 0, 100, 256, 257, 1000]:
    a = int(str(n))
    b = int(str(n))
    print(f"{n:>5}: equal={a == b} same={same_object(a, b)}")
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(10 ** 100))
print(sys.getsizeof(-1), sys.getsizeof(True), sys.getsizeof(1.5), sys.getsizeof(2 ** 30 - 1))
x = 10
y = x
x += 1
print(x, y, x is y)
big = 10 ** 20
big_again = big
big += 0
print(big == big_again, big is big_again)
counts = [sys.getrefcount(1000 + i) for i in range(3)]
print(counts)
values = [n * 2 for n in range(200)]
print(sum(1 for v in values if v is int(str(v))))
print(int("7") is 7, (3 * 100) is 300)
print(id(5) == id(2 + 3), id(500) == id(int("500")))
nums = list(range(250, 260))
print([v is int(str(v)) for v in nums])
