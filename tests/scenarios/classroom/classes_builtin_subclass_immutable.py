# Subclassing immutable types: __new__ builds the value, methods add behaviour
import sys


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)

    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({float(self)})"


t = Celsius(21.5)
print(t, t.to_fahrenheit(), t + 1, type(t + 1).__name__)
print(t > 20, round(t), int(t), isinstance(t, float))
print("float:", sys.getsizeof(21.5), "Celsius:", sys.getsizeof(t))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def distance_to_origin(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.x, p.y, p.distance_to_origin(), len(p), p == (3, 4))
x, y = p
print(x, y, hash(p) == hash((3, 4)), {p: "here"}[(3, 4)])
print("tuple:", sys.getsizeof((3, 4)), "Point:", sys.getsizeof(p))


class Slim(tuple):
    __slots__ = ()          # no __dict__: as small as the tuple


print("Slim:", sys.getsizeof(Slim((3, 4))))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)


class Name(str):
    def initials(self):
        return "".join(part[0] for part in self.split())


n = Name("Ada Lovelace")
print(n, n.initials(), n.upper(), type(n.upper()).__name__, len(n))
print("str:", sys.getsizeof("Ada Lovelace"), "Name:", sys.getsizeof(n))


class Score(int):
    def grade(self):
        return "pass" if self >= 50 else "fail"


s = Score(73)
print(s, s.grade(), s + 10, type(s + 10).__name__, Score(12).grade())
print("int:", sys.getsizeof(73), "Score:", sys.getsizeof(s))
