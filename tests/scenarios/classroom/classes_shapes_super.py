# Shape -> Circle / Square: super().__init__ and an overridden area


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return self.name + " with area " + str(round(self.area(), 2))


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return 3.14159 * self.radius ** 2


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side

    def describe(self):
        return "A square: " + super().describe()


shapes = [Circle(1), Square(3), Circle(2.5), Shape("blob")]
for s in shapes:
    print(s.describe())
print("shapes made:", Shape.count)
print(Circle.__base__.__name__, Square.__bases__[0].__name__)
print(isinstance(shapes[0], Shape), isinstance(shapes[0], Square))
print(issubclass(Circle, Shape), issubclass(Shape, Circle))
print(shapes[1].__dict__)
print(sorted(round(s.area(), 1) for s in shapes))
