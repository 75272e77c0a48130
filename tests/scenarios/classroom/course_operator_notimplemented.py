# Operator overloading: return NotImplemented so Python tries the other operand
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vector(3, 4)
w = Vector(1, 1)
print(v + w, v * 2, 2 * v, -v, abs(v))
print(v.__add__(5))
try:
    v + 5
except TypeError as e:
    print("TypeError:", e)
try:
    v * "a"
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented.__class__.__name__)
