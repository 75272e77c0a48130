# Python integers never overflow: 2 ** 100, factorial of 30, huge products
import sys

print(2 ** 100)
print(2 ** 64 - 1)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print("digits in 30!:", len(str(f)))
print(f // 2 ** 20, f % 1000007)
big = 10 ** 50
print(big + 1, big * big)
print(-(2 ** 70) // 3)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 100))
print(type(2 ** 100).__name__)
print((2 ** 100).bit_length(), bin(2 ** 10), int("1" * 20))
print(pow(3, 200, 1000))
print(7 ** 77 % 10 ** 10)
print(int("123456789012345678901234567890") * 9)
