# Abstract base classes: a Shape hierarchy with a report
from abc import ABC, abstractmethod
import math

class Shape(ABC):
    instances = 0

    def __init__(self, name):
        self.name = name
        Shape.instances += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name:<10} area={self.area():>8.2f} perimeter={self.perimeter():>7.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

class Rectangle(Shape):
    def __init__(self, width, height, name="rectangle"):
        super().__init__(name)
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

class HalfDone(Shape):
    def area(self):
        return 0

try:
    Shape("blob")
except TypeError as e:
    print("TypeError:", e)
try:
    HalfDone("half")
except TypeError as e:
    print("TypeError:", e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)

shapes = [Rectangle(3, 4), Square(5), Circle(1.5), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes))
print(f"total area: {sum(s.area() for s in shapes):.3f}")
print(Shape.instances)
print(sorted(Shape.__abstractmethods__), HalfDone.__abstractmethods__, Circle.__abstractmethods__)
print(isinstance(shapes[1], Rectangle), isinstance(shapes[1], Shape), issubclass(Square, ABC))
print([cls.__name__ for cls in Square.__mro__])
print(Rectangle.__subclasses__(), len(Shape.__subclasses__()))
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 1))
print(by_kind)
