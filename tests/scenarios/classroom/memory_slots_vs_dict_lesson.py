# Memory lesson: __slots__ against a per-instance __dict__
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

class Point3Slots(PointSlots):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Loose(PointSlots):
    pass

p = PointDict(1, 2)
q = PointSlots(1, 2)
r = Point3Slots(1, 2, 3)
w = Loose(1, 2)

print("with __dict__:  object", sys.getsizeof(p), "+ dict", sys.getsizeof(p.__dict__))
print("with __slots__: object", sys.getsizeof(q))
print("subclass adding a slot:", sys.getsizeof(r))
print("subclass without __slots__:", sys.getsizeof(w), hasattr(w, "__dict__"))
print(hasattr(q, "__dict__"), hasattr(q, "__weakref__"), hasattr(p, "__weakref__"))

p.z = 3
print("new attribute on a dict instance:", vars(p))
try:
    q.z = 3
except AttributeError as e:
    print("AttributeError:", e)
w.z = 3
print("Loose gets a dict:", w.__dict__)

print(type(PointSlots.x).__name__, PointSlots.x.__name__, PointSlots.__slots__)
print(PointSlots.x.__get__(q), PointSlots.y.__get__(q))
del q.y
try:
    q.y
except AttributeError as e:
    print("AttributeError:", e)
q.y = 20
print(q.x, q.y)

class WithWeak:
    __slots__ = ("value", "__weakref__")

import weakref
ww = WithWeak()
ww.value = 1
ref = weakref.ref(ww)
print(ref() is ww, sys.getsizeof(ww))
try:
    weakref.ref(q)
except TypeError as e:
    print("TypeError:", e)

n = 1000
dict_points = [PointDict(i, i) for i in range(n)]
slot_points = [PointSlots(i, i) for i in range(n)]
dict_total = sum(sys.getsizeof(pt) + sys.getsizeof(pt.__dict__) for pt in dict_points)
slot_total = sum(sys.getsizeof(pt) for pt in slot_points)
print(f"{n} dict points: {dict_total:,} bytes")
print(f"{n} slot points: {slot_total:,} bytes")
print(f"saving: {1 - slot_total / dict_total:.0%}")

class Pixel:
    __slots__ = ("r", "g", "b")
    def __init__(self, r=0, g=0, b=0):
        self.r, self.g, self.b = r, g, b
    def __repr__(self):
        return f"Pixel({self.r}, {self.g}, {self.b})"
    def __eq__(self, other):
        return all(getattr(self, s) == getattr(other, s) for s in self.__slots__)
    __hash__ = None
px = Pixel(255, 128)
print(px, px == Pixel(255, 128, 0), [getattr(px, name) for name in Pixel.__slots__])
setattr(px, "b", 64)
print(px, sys.getsizeof(px), sys.getsizeof(Pixel()))
try:
    Pixel.__dict__["r"].__set__(px, 1)
    print(px)
    vars(px)
except TypeError as e:
    print("TypeError:", e)
