# Operator overloading on a Vector class: arithmetic, comparison, container protocol
import math

class Vector:
    def __init__(self, *components):
        self.components = tuple(components)

    def __repr__(self):
        return f"Vector{self.components}"

    def __str__(self):
        return "<" + ", ".join(f"{c:g}" for c in self.components) + ">"

    def __len__(self):
        return len(self.components)

    def __getitem__(self, i):
        return self.components[i]

    def __iter__(self):
        return iter(self.components)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-c for c in self))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(c * k for c in self))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(c / k for c in self))

    def __abs__(self):
        return math.sqrt(sum(c * c for c in self))

    def __bool__(self):
        return any(self.components)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.components == other.components

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash(self.components)

    def __iadd__(self, other):
        self.components = (self + other).components
        return self

v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, -v, v * 2, 3 * v, v * w, v / 2, abs(v))
print(repr(v), str(v), len(v), v[0], v[-1], list(v), 4 in v)
print(v == Vector(3, 4), v != w, v < w, sorted([v, w, Vector(0, 1)]), max(v, w))
print(bool(Vector(0, 0)), bool(v), {v, Vector(3, 4), w} == {v, w})
u = v
v += w
print(v, u, u is v)
try:
    v + 5
except TypeError as err:
    print("TypeError:", err)
try:
    5 - v
except TypeError as err:
    print("TypeError:", err)
print(sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0)), v[0:1])
