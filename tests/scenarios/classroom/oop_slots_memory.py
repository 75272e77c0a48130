# __slots__: instances without a __dict__ take less memory
import sys


class PointDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


a = PointDict(1, 2)
b = PointSlots(1, 2)
print("with __dict__:", sys.getsizeof(a), "+ dict", sys.getsizeof(a.__dict__))
print("with __slots__:", sys.getsizeof(b))
print(hasattr(a, "__dict__"), hasattr(b, "__dict__"))
print(type(PointSlots.x).__name__, PointSlots.x)
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)
a.z = 3
print(vars(a))
try:
    vars(b)
except TypeError as e:
    print("TypeError:", e)


class Point3D(PointSlots):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Loose(PointSlots):
    pass


p3 = Point3D(1, 2, 3)
print(sys.getsizeof(p3), p3.x, p3.z, hasattr(p3, "__dict__"))
lo = Loose(1, 2)
lo.extra = "ok"
print(sys.getsizeof(lo), vars(lo))
del b.x
try:
    print(b.x)
except AttributeError as e:
    print("AttributeError:", e)
print(PointSlots.__slots__, Point3D.__slots__)
many = [PointSlots(i, i) for i in range(1000)]
print(sum(sys.getsizeof(p) for p in many))
print(sys.getsizeof(PointDict(0, 0)) + sys.getsizeof(PointDict(0, 0).__dict__))
