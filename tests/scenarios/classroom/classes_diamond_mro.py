# Diamond inheritance: the C3 method resolution order
class Base:
    def greet(self):
        return "Base"


class Left(Base):
    def greet(self):
        return "Left > " + super().greet()


class Right(Base):
    def greet(self):
        return "Right > " + super().greet()


class Child(Left, Right):
    def greet(self):
        return "Child > " + super().greet()


print([c.__name__ for c in Child.__mro__])
print(Child.__mro__)
print(Child.mro())
print(Child().greet())
print(Child.__bases__)
print(Left.__bases__, Base.__bases__)
print(issubclass(Child, Right), issubclass(Right, Left))
print(issubclass(Child, (int, str)), issubclass(Child, (int, Base)))
print(isinstance(Child(), (Left, Right)))
