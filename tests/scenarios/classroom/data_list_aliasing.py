# Aliasing vs copying vs slicing a list
import sys
import copy
original = [1, 2, [3, 4]]
alias = original
shallow = original.copy()
sliced = original[:]
built = list(original)
deep = copy.deepcopy(original)
print(alias is original, shallow is original, sliced == original, deep == original)
original.append(5)
original[2].append(99)
print("original:", original)
print("alias:   ", alias)
print("shallow: ", shallow)
print("sliced:  ", sliced)
print("built:   ", built)
print("deep:    ", deep)
print(shallow[2] is original[2], deep[2] is original[2])
inner = [0]
print(sys.getrefcount(inner))
box = [inner, inner, inner]
print(sys.getrefcount(inner))
box2 = box[:]
print(sys.getrefcount(inner))
del box, box2
print(sys.getrefcount(inner))
def mutate(lst):
    lst += [1]
    lst = lst + [2]
    return lst
x = []
y = mutate(x)
print(x, y, x is y)
nums = [3, 1, 2]
s = sorted(nums)
nums.sort()
print(s, nums, s is nums, nums.sort() is None)
m = [1, 2, 3]
m[1:2] = [7, 8, 9]
print(m, m[::2], m[-1], m[1:-1])
m[::2] = [0, 0, 0]
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del m[::2]
print(m)
