# A Point class: __init__, __repr__, __eq__ and __add__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def distance_squared(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy


p = Point(1, 2)
q = Point(3, 4)
print(p)
print(q)
print("p + q =", p + q)
print("p == Point(1, 2):", p == Point(1, 2))
print("p == q:", p == q)
print("p != q:", p != q)
print("p == (1, 2):", p == (1, 2))
print("distance squared:", p.distance_squared(q))
points = [Point(0, 0), p, q]
print(points)
total = Point(0, 0)
for pt in points:
    total = total + pt
print("sum of all points:", total)
