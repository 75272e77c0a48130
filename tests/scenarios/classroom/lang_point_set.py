# A Point class with __eq__, __hash__ and __repr__, used in a set and as dict keys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def distance_to(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

a = Point(1, 2)
b = Point(1, 2)
c = Point(3, 4)
print(a == b, a is b, a != c, a == (1, 2))
points = {a, b, c, Point(3, 4), Point(0, 0)}
print(len(points), sorted(points, key=lambda p: (p.x, p.y)))
print(Point(1, 2) in points, Point(9, 9) in points)
labels = {a: "start", c: "end"}
print(labels[Point(1, 2)], labels.get(Point(3, 4)), labels.get(Point(5, 5), "none"))
print(round(a.distance_to(c), 3), hash(a) == hash(b), hash(a) == hash((1, 2)))

class NoHash:
    def __eq__(self, other):
        return True

print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as err:
    print("TypeError:", err)
print([p for p in sorted(points, key=lambda p: -p.x - p.y)])
