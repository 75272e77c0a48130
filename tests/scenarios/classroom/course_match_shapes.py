# Structural pattern matching: match over shapes given as tuples and dicts
def area(shape):
    match shape:
        case ("circle", r):
            return 3 * r * r
        case ("rect", w, h):
            return w * h
        case ("square", side):
            return side * side
        case {"kind": "triangle", "base": b, "height": h}:
            return b * h / 2
        case _:
            return None


def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on the y axis at {y}"
        case (x, 0):
            return f"on the x axis at {x}"
        case (x, y) if x == y:
            return f"on the diagonal at {x}"
        case (x, y):
            return f"at ({x}, {y})"


shapes = [("circle", 2), ("rect", 3, 4), ("square", 5), {"kind": "triangle", "base": 6, "height": 2}, ("hexagon",)]
for s in shapes:
    print(s, "->", area(s))
for p in [(0, 0), (0, 7), (3, 0), (2, 2), (1, 5)]:
    print(p, describe(p))
