# A 2-D vector that behaves like a number: the operators call its dunder
# methods, and 3 * v works because int gives up and Python tries v.__rmul__.

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        print("  (int could not do it: Python called __rmul__)")
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


a = Vector(3, 4)
b = Vector(1, 2)
print("a =", a, " b =", b)
print("a + b =", a + b)
print("a - b =", a - b)
print("a * 2 =", a * 2)
print("3 * b =", 3 * b)
print("-a =", -a)
print("abs(a) =", abs(a))
print("a == Vector(3, 4):", a == Vector(3, 4))
print("a != b:", a != b)
total = Vector(0, 0)
for v in [a, b, Vector(10, 10)]:
    total += v
print("sum with += :", total)
