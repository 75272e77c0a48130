# match on objects: class patterns with __match_args__, mappings, nesting
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

class Rect:
    __match_args__ = ("corner", "width", "height")

    def __init__(self, corner, width, height):
        self.corner, self.width, self.height = corner, width, height

def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=x), radius=r) if r > 10:
            return f"big circle, x={x}"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square {w} at ({x}, {y})"
        case Rect(width=w, height=h):
            return f"rect area {w * h}"
        case Point(x, y):
            return f"point {x},{y}"
        case {"type": "line", "points": [p1, p2]}:
            return f"line of 2 points, first {p1}"
        case {"type": kind, **rest}:
            return f"dict shape {kind} with {sorted(rest)}"
        case (a, b):
            return f"pair {a}, {b}"
        case _:
            return "unknown"

shapes = [Circle(Point(0, 0), 2), Circle(Point(5, 1), 20), Circle(Point(1, 1), 3),
          Rect(Point(1, 2), 4, 4), Rect(Point(0, 0), 2, 5), Point(7, 8),
          {"type": "line", "points": [(0, 0), (1, 1)]}, {"type": "poly", "n": 5, "color": "red"},
          (1, 2), "nothing"]
for s in shapes:
    print(describe(s))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
