# An abstract Shape: subclasses must provide area()
from abc import ABC, abstractmethod
import sys

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} of area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Triangle(Shape):
    def __init__(self, base, height):
        self.base, self.height = base, height

try:
    Triangle(3, 4)
except TypeError as e:
    print("TypeError:", e)

shapes = [Circle(1), Square(2), Circle(0.5)]
for s in shapes:
    print(s.describe())
print("total:", round(sum(s.area() for s in shapes), 3))

print(isinstance(shapes[1], Shape), issubclass(Square, Shape), isinstance(3, Shape))
print(Shape.__abstractmethods__, Square.__abstractmethods__)
print(type(Shape).__name__, type(Circle).__name__)
print(sys.getsizeof(shapes[0]), sys.getsizeof(vars(shapes[0])))
