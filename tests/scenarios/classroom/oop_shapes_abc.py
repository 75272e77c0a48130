# A Shape hierarchy with abc and super()
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def sides(self):
        ...

    def describe(self):
        return f"{self.name}: area {self.area():.2f}, {self.sides} sides"


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def sides(self):
        return 4


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    sides = 0


try:
    Shape("blob")
except TypeError as e:
    print("TypeError:", e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half("half")
except TypeError as e:
    print("TypeError:", e)

shapes = [Rectangle(2, 3), Square(2), Circle(1)]
for s in shapes:
    print(s.describe())
print("made:", Shape.count)
print(sorted(Shape.__abstractmethods__), Rectangle.__abstractmethods__)
print(Square.__mro__)
print(isinstance(shapes[1], Rectangle), issubclass(Square, Shape), issubclass(Circle, Rectangle))
print(max(shapes, key=lambda s: s.area()).name)
