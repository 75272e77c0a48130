# namedtuple Point: what it costs next to a tuple, a class and a __slots__ class
from collections import namedtuple
import sys

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p))
print(p == (3, 4), isinstance(p, tuple), type(p).__name__)
x, y = p
print("unpacked:", x, y)


class PointClass:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


print("tuple     :", sys.getsizeof((3, 4)))
print("namedtuple:", sys.getsizeof(p))
print("class     :", sys.getsizeof(PointClass(3, 4)), "+ its __dict__", sys.getsizeof(PointClass(3, 4).__dict__))
print("__slots__ :", sys.getsizeof(PointSlots(3, 4)))

# a namedtuple has no __dict__: no room for new attributes
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Point.__slots__)

# each instance holds its items like a tuple does
q = Point(x=[1, 2], y="label")
print(q, sys.getrefcount(q.x))
points = [Point(i, i * i) for i in range(5)]
print(points[2], sum(pt.y for pt in points))
print(sorted(points, key=lambda pt: -pt.y)[0])
