# A 2-D vector with every arithmetic dunder, reflected and in-place
import sys


class Vector:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vector(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vector(self.x % k, self.y % k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return Vector(+self.x, +self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __imul__(self, k):
        self.x *= k
        self.y *= k
        return self

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __round__(self, n=0):
        return Vector(round(self.x, n), round(self.y, n))


a = Vector(3, 4)
b = Vector(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b)
print(repr(a / 2), a // 2, a % 2)
print(-a, +b, abs(a))
print(round(Vector(1.2345, 6.789), 2))
c = a
c += b
print(c is a, a)
c *= 10
print(a, bool(Vector()), bool(a))
print(a == Vector(40, 20), a != Vector(40, 20))
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
try:
    "x" - a
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(a), sys.getsizeof(a.__dict__))
print(sys.getrefcount(a))
