# __slots__: no per-instance dict, and a descriptor per slot in the class
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class DictPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
d = DictPoint(1, 2)
print("slots:", sys.getsizeof(p), "dict-based:", sys.getsizeof(d) + sys.getsizeof(d.__dict__))
print(p.x, p.y)
print(list(Point.__dict__))
print(type(Point.x).__name__, Point.x.__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.x + p.y, hasattr(p, "y"))
print(sys.getrefcount(Point))
