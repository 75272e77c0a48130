# Diamond inheritance: the MRO and cooperative super()
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.trail.append("Child")

    def hello(self):
        return "Child>" + super().hello()


c = Child()
print(c.trail)
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print(Child.mro() == list(Child.__mro__))
print(Child.__bases__, Left.__base__)
print(super(Left, c).hello())
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(Child, Base), Child.__subclasses__(), sorted(k.__name__ for k in Base.__subclasses__()))
