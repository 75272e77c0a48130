# Distance between Points: by hand with Pythagoras, with math.hypot, and
# with math.dist on tuples; how big the objects involved are.
import math
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def distance_to(self, other):
        return math.hypot(other.x - self.x, other.y - self.y)

    def as_tuple(self):
        return (self.x, self.y)


a = Point(0, 0)
b = Point(3, 4)
c = Point(-2.5, 7.25)

print(a, b, c)
print("by hand:", ((b.x - a.x) ** 2 + (b.y - a.y) ** 2) ** 0.5)
print("hypot:  ", a.distance_to(b))
print("dist:   ", math.dist(a.as_tuple(), b.as_tuple()))
print("b to c: ", b.distance_to(c), math.dist(b.as_tuple(), c.as_tuple()))

# hypot takes any number of coordinates: a 3-D box diagonal
print("box diagonal:", math.hypot(1, 2, 2), math.dist((0, 0, 0), (1, 2, 2)))

# a route through several points
route = [Point(0, 0), Point(1, 1), Point(4, 5), Point(4, 9), Point(0, 12)]
total = 0.0
for p, q in zip(route, route[1:]):
    leg = p.distance_to(q)
    total += leg
    print(f"  {p} -> {q}: {leg:.3f}")
print(f"route length: {total:.4f}")

# every distance is a new float object of 24 bytes
d = math.dist((1, 2), (4, 6))
print(d, type(d).__name__, sys.getsizeof(d))
print(sys.getsizeof(a.as_tuple()), sys.getsizeof((1.0, 2.0, 3.0)))

try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as err:
    print("ValueError:", err)
