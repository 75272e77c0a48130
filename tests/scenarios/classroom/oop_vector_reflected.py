# A Vector with reflected operators and NotImplemented
class Vector:
    def __init__(self, *components):
        self.c = list(components)

    def __repr__(self):
        return f"Vector{tuple(self.c)}"

    def __add__(self, other):
        print(f"  __add__({self!r}, {other!r})")
        if isinstance(other, Vector):
            return Vector(*[a + b for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return Vector(*[a + other for a in self.c])
        return NotImplemented

    def __radd__(self, other):
        print(f"  __radd__({self!r}, {other!r})")
        return self.__add__(other)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vector(*[a * k for a in self.c])

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(*[-a for a in self.c])

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))


v = Vector(1, 2)
w = Vector(3, 4)
print(v + w)
print(v + 10)
print(10 + v)
print(3 * v, v * 3)
print(-v, abs(w))
print(v @ w)
print(sum([v, w, Vector(1, 1)]))
try:
    v + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    v * v
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented, type(NotImplemented).__name__)
print(Vector.__rmul__ is Vector.__mul__)
