# A registry of shape classes filled by a class decorator (no __init_subclass__)
import math

SHAPES = {}


def register(name):
    def decorator(cls):
        if name in SHAPES:
            raise KeyError(f"duplicate shape {name!r}")
        SHAPES[name] = cls
        cls.kind = name
        return cls
    return decorator


class Shape:
    kind = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def __str__(self):
        return f"{self.kind} with area {self.area():.3f}"


@register("circle")
class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


@register("rect")
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


@register("blob")
class Blob(Shape):
    pass


def make(spec):
    name, *args = spec.split()
    return SHAPES[name](*map(float, args))


for spec in ["circle 1", "rect 2 3.5", "blob", "square 2"]:
    try:
        print(make(spec))
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    except KeyError as e:
        print("unknown shape", e)
print(list(SHAPES), Shape.kind, Circle.kind)
try:
    register("circle")(Rect)
except KeyError as e:
    print("KeyError:", e)
