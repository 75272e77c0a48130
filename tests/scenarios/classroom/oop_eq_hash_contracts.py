# __eq__ and __hash__ contracts: unhashable classes, hash = None, subclasses and sets
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"P({self.x},{self.y})"


class HashablePoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


class Point3(HashablePoint):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

    def __eq__(self, other):
        print(f"  Point3.__eq__({self}, {other})")
        if isinstance(other, Point3):
            return (self.x, self.y, self.z) == (other.x, other.y, other.z)
        return super().__eq__(other)


class Identity:
    pass


print(Point.__hash__, HashablePoint.__hash__ is not None)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Point(0, 0))
except TypeError as e:
    print("TypeError:", e)
s = {HashablePoint(1, 2), HashablePoint(1, 2), HashablePoint(2, 1)}
print(len(s), HashablePoint(1, 2) in s)
print(Point(1, 2) == HashablePoint(1, 2))
print(HashablePoint(1, 2) == Point3(1, 2))
print(Point3.__hash__ is None)
a, b = Identity(), Identity()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
print(Point(1, 2) == (1, 2), Point(1, 2) != (1, 2), (1, 2) == Point(1, 2))
print([Point(1, 2), Point(3, 4)].index(Point(3, 4)), Point(3, 4) in [Point(3, 4)])
print([Point(1, 1)].count(Point(1, 1)), object.__eq__(a, b), object.__ne__(a, a))


class Weird:
    def __eq__(self, other):
        return "yes"


print(Weird() == 1, Weird() != 1, 1 == Weird())
d = {HashablePoint(0, 0): "origin"}
print(d[HashablePoint(0, 0)])
d2 = {1: "int", 1.0: "float", True: "bool"}
print(d2)
