# Cooperative super() through a diamond: every __init__ runs exactly once
class Base:
    def __init__(self, **kwargs):
        print("Base.__init__", sorted(kwargs))
        super().__init__()

    def describe(self):
        return ["Base"]


class Left(Base):
    def __init__(self, left=0, **kwargs):
        print("Left.__init__", left)
        self.left = left
        super().__init__(**kwargs)

    def describe(self):
        return ["Left"] + super().describe()


class Right(Base):
    def __init__(self, right=0, **kwargs):
        print("Right.__init__", right)
        self.right = right
        super().__init__(**kwargs)

    def describe(self):
        return ["Right"] + super().describe()


class Bottom(Left, Right):
    def __init__(self, **kwargs):
        print("Bottom.__init__")
        super().__init__(**kwargs)

    def describe(self):
        return ["Bottom"] + super().describe()


b = Bottom(left=1, right=2)
print(b.describe())
print([c.__name__ for c in Bottom.__mro__])
print(Bottom.mro() == list(Bottom.__mro__))
print(super(Left, b).describe())
print(isinstance(b, Right), issubclass(Bottom, Base), Bottom.__bases__)
print(Bottom.__base__.__name__)


class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass

try:
    class Z(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
