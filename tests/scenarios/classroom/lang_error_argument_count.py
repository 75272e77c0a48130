# TypeError for a wrong number of arguments to a method, left uncaught
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def scale(self, factor):
        return Rectangle(self.width * factor, self.height * factor)

r = Rectangle(2, 3)
print(r.width, r.height)
bigger = r.scale(2)
print(bigger.width, bigger.height)
r.scale(2, 3)
