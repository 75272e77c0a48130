# vars(obj) is the instance's __dict__: the same dict object
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
print(vars(p))
print(vars(p) is p.__dict__)
v = vars(p)
v["label"] = "P"
print(p.label, sys.getsizeof(v))
print(sorted(vars(p).items()))
print(sys.getrefcount(v))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
