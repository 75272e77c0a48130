# A property with a setter that validates, and a computed read-only property
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    @property
    def width(self):
        return self._width

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, not {value}")
        self._width = value

    @property
    def area(self):
        return self.width * self.height


r = Rectangle(3, 4)
print(r.width, r.height, r.area)
r.width = 10
print(r.width, r.area)
try:
    r.width = -2
except ValueError as e:
    print("ValueError:", e)
print("width unchanged:", r.width)
try:
    r.area = 100
except AttributeError as e:
    print("AttributeError:", e)
try:
    Rectangle(0, 5)
except ValueError as e:
    print("ValueError:", e)
print(type(Rectangle.area).__name__)
