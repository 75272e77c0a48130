# Shapes as classes: class patterns with keywords and with __match_args__
class Circle:
    __match_args__ = ("radius",)

    def __init__(self, radius):
        self.radius = radius


class Rectangle:
    __match_args__ = ("width", "height")

    def __init__(self, width, height):
        self.width = width
        self.height = height


class Square(Rectangle):
    __match_args__ = ("side",)

    def __init__(self, side):
        super().__init__(side, side)
        self.side = side


class Triangle:
    def __init__(self, base, height):
        self.base = base
        self.height = height


def area(shape):
    match shape:
        case Circle(0) | Rectangle(0, _) | Rectangle(_, 0):
            return 0
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Square(side):
            return side * side
        case Rectangle(w, h):
            return w * h
        case Triangle(base=b, height=h):
            return b * h / 2
        case _:
            return None


def describe(shape):
    match shape:
        case Circle(radius=r) if r > 10:
            return "a big circle"
        case Circle():
            return "a circle"
        case Square():
            return "a square"
        case Rectangle(width=w, height=h) if w == h:
            return "a rectangle that is square"
        case Rectangle():
            return "a rectangle"
        case Triangle():
            return "a triangle"
        case other:
            return "not a shape: " + repr(other)


shapes = [Circle(1), Circle(12), Circle(0), Rectangle(3, 4), Rectangle(0, 9), Rectangle(5, 5),
          Square(6), Triangle(4, 3), "circle"]
total = 0
for s in shapes:
    a = area(s)
    print(describe(s), "->", a)
    if a is not None:
        total += a
print("total area:", round(total, 2))
