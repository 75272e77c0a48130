# Copying immutable objects: often no copy at all
import copy
import sys

point = (3, 4)
print("tuple copy is the tuple:", copy.copy(point) is point)
print("tuple deepcopy is the tuple:", copy.deepcopy(point) is point)

word = "memory"
print("string:", copy.copy(word) is word, copy.deepcopy(word) is word)
big = 10 ** 20
print("int:", copy.copy(big) is big, copy.deepcopy(big) is big)
frozen = frozenset({1, 2, 3})
print("frozenset:", copy.copy(frozen) is frozen)

# a tuple holding a list must be copied deeply to protect the list
record = ("ada", [1815, 1852])
deep = copy.deepcopy(record)
print("deep tuple is new:", deep is not record)
print("its list is new:", deep[1] is not record[1])
print("its string is shared:", deep[0] is record[0])
print("shallow:", copy.copy(record) is record)

# a tuple of tuples of numbers is kept as it is
matrix = ((1, 2), (3, 4))
print("nested tuples:", copy.deepcopy(matrix) is matrix)

# sets are containers: they are copied
tags = {"a", "b"}
tags2 = copy.copy(tags)
print("set copy:", tags2 == tags, tags2 is tags)

# copying a tuple adds no new objects, only references
before = sys.getrefcount(point)
copies = [copy.copy(point) for _ in range(3)]
print("extra references:", sys.getrefcount(point) - before)
print(sys.getsizeof(record), sys.getsizeof(deep))
