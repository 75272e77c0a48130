# match over shape classes with __match_args__, guards and nested patterns
from dataclasses import dataclass
import math


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    width: float
    height: float


class Triangle:
    __match_args__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin, area {math.pi * r * r:.2f}"
        case Circle(center=Point(x=x, y=y), radius=r) if r <= 0:
            return f"degenerate circle at ({x}, {y})"
        case Circle(c, r):
            return f"circle r={r} at {c}"
        case Rect(_, w, h) if w == h:
            return f"square of side {w}"
        case Rect(Point(x, y), w, h):
            return f"rect {w}x{h} from ({x}, {y})"
        case Triangle(a, b, c) if a + b <= c or a + c <= b or b + c <= a:
            return "impossible triangle"
        case Triangle(a, b, c):
            s = (a + b + c) / 2
            return f"triangle area {math.sqrt(s * (s - a) * (s - b) * (s - c)):.2f}"
        case [first, *others]:
            return f"a list of {1 + len(others)} shapes starting with {describe(first)}"
        case {"type": kind, **rest}:
            return f"a {kind} described by {sorted(rest)}"
        case str() | bytes():
            return "just text"
        case _:
            return f"unknown {type(shape).__name__}"


shapes = [
    Circle(Point(0, 0), 1),
    Circle(Point(2, 3), 0),
    Circle(Point(1, 1), 2.5),
    Rect(Point(0, 0), 4, 4),
    Rect(Point(1, 2), 3, 5),
    Triangle(3, 4, 5),
    Triangle(1, 2, 10),
    [Rect(Point(0, 0), 1, 1), Circle(Point(0, 0), 2)],
    {"type": "hexagon", "side": 2, "color": "red"},
    "circle",
    42,
]
for s in shapes:
    print(describe(s))
print(Circle.__match_args__, Rect.__match_args__)
