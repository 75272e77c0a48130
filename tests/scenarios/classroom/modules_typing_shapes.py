# Protocol, ClassVar, Final and Literal in a small drawing program: the
# hints describe intent; Python still runs everything the same way.
import math
from typing import ClassVar, Final, List, Literal, Protocol

MAX_SHAPES: Final = 10
Colour = Literal["red", "green", "blue"]


class Drawable(Protocol):
    def area(self) -> float: ...

    def describe(self) -> str: ...


class Circle:
    count: ClassVar[int] = 0

    def __init__(self, r: float, colour: Colour = "red") -> None:
        self.r = r
        self.colour = colour
        Circle.count += 1

    def area(self) -> float:
        return math.pi * self.r ** 2

    def describe(self) -> str:
        return f"{self.colour} circle r={self.r}"


class Square:
    count: ClassVar[int] = 0

    def __init__(self, side: float, colour: Colour = "blue") -> None:
        self.side = side
        self.colour = colour
        Square.count += 1

    def area(self) -> float:
        return self.side ** 2

    def describe(self) -> str:
        return f"{self.colour} square side={self.side}"


def total_area(shapes: List[Drawable]) -> float:
    return sum(s.area() for s in shapes)


shapes: List[Drawable] = [Circle(1), Square(2), Circle(0.5, "green"), Square(1.5, "red")]
for s in shapes:
    print(f"{s.describe():>24}: {s.area():.3f}")
print(f"total {total_area(shapes):.3f}, circles {Circle.count}, squares {Square.count}")
print(len(shapes) <= MAX_SHAPES, MAX_SHAPES)

print(Drawable.__mro__)
print(Circle.__annotations__, Circle.__init__.__annotations__)
print(total_area.__annotations__)
print(__annotations__)
print(Colour, Literal[1, 2, 3], ClassVar[int], Final[str])
