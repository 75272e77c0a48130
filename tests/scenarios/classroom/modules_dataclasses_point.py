# A Point as a dataclass: the methods it writes for us
from dataclasses import dataclass
import sys

@dataclass
class Point:
    x: float
    y: float = 0.0

    def distance_to(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

p = Point(3.0, 4.0)
q = Point(3.0, 4.0)
origin = Point(0.0)
print(p, origin)
print("p == q:", p == q, " p is q:", p is q)
print("distance:", p.distance_to(origin))
print(Point.__doc__)
print(Point.__match_args__)

# the generated __init__ checks its arguments as any function does
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(Point(y=5, x=1))

# defining __eq__ makes instances unhashable
print("hashable:", Point.__hash__ is not None)

# match uses __match_args__ for positional patterns
for pt in [origin, Point(0.0, 2.0), p]:
    match pt:
        case Point(0.0, 0.0):
            print(pt, "is the origin")
        case Point(0.0, y):
            print(pt, "is on the y axis at", y)
        case Point(x, y):
            print(pt, "is elsewhere")

# a dataclass instance is an ordinary object with a __dict__
print(vars(p))
print(sys.getsizeof(p), sys.getsizeof(vars(p)))
print(sys.getrefcount(p))
