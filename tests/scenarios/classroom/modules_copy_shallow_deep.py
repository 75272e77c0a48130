# Shallow and deep copies of a gradebook: which lists are shared?
import copy
import sys

grades = [[90, 85], [70, 75], [88, 92]]
alias = grades
shallow = copy.copy(grades)
deep = copy.deepcopy(grades)

print("alias is grades:", alias is grades)
print("shallow is grades:", shallow is grades)
print("shallow[0] is grades[0]:", shallow[0] is grades[0])
print("deep[0] is grades[0]:", deep[0] is grades[0])

# changing an inner list shows through the shallow copy only
grades[0].append(100)
print("grades: ", grades)
print("shallow:", shallow)
print("deep:   ", deep)

# replacing an item does not touch either copy
grades[1] = [0]
print("after replacing grades[1]:", shallow[1], deep[1])

# each inner list of the original is now held by the original and the
# shallow copy; getrefcount adds one for its own argument
print("refs to grades[0]:", sys.getrefcount(grades[0]))
print("refs to deep[0]:  ", sys.getrefcount(deep[0]))

# the ints themselves are never copied: small ints are shared
print("deep[2][0] is grades[2][0]:", deep[2][0] is grades[2][0])

# the copies have the same sizes as the original
print(sys.getsizeof(grades), sys.getsizeof(shallow), sys.getsizeof(deep))
print(sys.getsizeof(grades[2]), sys.getsizeof(deep[2]))

# slicing and list() are shallow copies too
sliced = grades[:]
built = list(grades)
print(sliced[2] is grades[2], built[2] is grades[2])
