# A Point class: __repr__, __eq__, __hash__, __add__ and __format__
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __format__(self, spec):
        if spec == "polar":
            r = (self.x ** 2 + self.y ** 2) ** 0.5
            return f"r={r:.2f}"
        return f"({self.x:{spec}}, {self.y:{spec}})"


p = Point(3, 4)
q = Point(3, 4)
print(p, repr(p), [p])
print(f"{p:polar}", f"{p:.1f}", format(p, ">4"))
print("equal:", p == q, "same:", p is q, "vs tuple:", p == (3, 4))
print("hash equal:", hash(p) == hash(q))
points = {p, q, Point(0, 0)}
print("set size:", len(points))
d = {p: "home"}
print("lookup with twin:", d[q])
r = p + Point(1, 1)
print("sum:", r, type(r).__name__)
print("refcount of p:", sys.getrefcount(p))
alias = p
print("after alias:", sys.getrefcount(p))
del alias
print("size of instance:", sys.getsizeof(p), "dict:", sys.getsizeof(p.__dict__))
print(p.__dict__, vars(q))
print(p != q, p != r)
