# Replacing, inserting and deleting through slices
import sys

seats = ["A1", "A2", "A3", "A4", "A5", "A6"]
print(len(seats), sys.getsizeof(seats))
seats[1:3] = ["B1"]
print(seats, sys.getsizeof(seats))
seats[1:1] = ["C1", "C2", "C3", "C4"]
print(seats, sys.getsizeof(seats))
seats[::2] = ["x"] * 5
print(seats)
del seats[::3]
print(seats, sys.getsizeof(seats))
seats[:] = "abc"
print(seats, sys.getsizeof(seats))
seats[len(seats):] = range(20)
print(len(seats), sys.getsizeof(seats))
seats[2:] = []
print(seats, sys.getsizeof(seats))

marker = "seat"
row = [marker, marker, marker]
print(sys.getrefcount(marker))
row[0:2] = [None]
print(row, sys.getrefcount(marker))

numbers = [1, 2, 3, 4, 5]
numbers[::-1] = numbers
print(numbers)
try:
    numbers[::2] = [0, 0]
except ValueError as e:
    print("ValueError:", e)
try:
    numbers[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
