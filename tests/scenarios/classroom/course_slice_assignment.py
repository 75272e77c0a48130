# Slice assignment and deletion change a list in place: a[i:j] = ..., del a[::2]
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
a[2:5] = ["x", "y"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = []
print(a)
a[-1:] = [7, 8, 9]
print(a)
a[::2] = ["E"] * len(a[::2])
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
a[:] = range(5)
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = a
b[:] = []
print(a, b, a is b)
c = [1, 2, 3, 4, 5, 6]
del c[::-2]
print(c)
