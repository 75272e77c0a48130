# An array behaves like a list of numbers: a grades lesson
from array import array
import sys

grades = array('i', [72, 85, 90, 64, 85, 99])
print(grades)
print(len(grades), grades[0], grades[-1])
print("top three:", grades[3:], grades[::2], grades[::-1])
print("85 appears", grades.count(85), "times, first at", grades.index(85))
print(90 in grades, 100 in grades)

grades.insert(0, 50)
grades.remove(64)
print(grades, grades.pop(), grades.pop(0), grades)
grades.reverse()
print(grades)
grades[1] = 88
grades[2:4] = array('i', [1, 2, 3])
print(grades)
del grades[0]
print(grades)

doubled = grades + grades
print(doubled, sys.getsizeof(doubled))
print(grades * 2 == doubled)
zeros = array('i', [0]) * 5
print(zeros, sys.getsizeof(zeros))
grades += array('i', [7])
print(grades)
print(sum(grades), max(grades), min(grades), sorted(grades))
print([g for g in grades if g > 80])
print(list(reversed(grades)))
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) == array('d', [1.0, 2.0]))

try:
    grades[10]
except IndexError as e:
    print("IndexError:", e)
try:
    array('i').pop()
except IndexError as e:
    print("IndexError:", e)
try:
    grades.remove(1000)
except ValueError as e:
    print("ValueError:", e)

import copy
c = copy.copy(grades)
c[0] = -1
print(grades[0] != c[0], type(c).__name__, type(c))
it = iter(grades)
print(next(it), next(it), sys.getsizeof(it))
