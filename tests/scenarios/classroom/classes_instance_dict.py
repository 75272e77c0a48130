# What an instance's __dict__ costs, and who refers to the instance
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.__dict__)
print(type(p.__dict__).__name__)
print("instance:", sys.getsizeof(p))
d = p.__dict__
print("dict:", sys.getsizeof(d))
print(d is p.__dict__)
p.z = 3
print(p.__dict__, sys.getsizeof(p.__dict__))
d["w"] = 4               # writing through the dict adds an attribute
print(p.w)
print("refcount of p:", sys.getrefcount(p))
points = [p, p, p]
print("in a list three times:", sys.getrefcount(p))
del points
print("list gone:", sys.getrefcount(p))
q = Point(5, 6)
print(sys.getsizeof(q), sys.getrefcount(q))
print("refcount of the class:", sys.getrefcount(Point) > 2)
