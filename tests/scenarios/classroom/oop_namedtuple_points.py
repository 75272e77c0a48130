# namedtuple and typing.NamedTuple: tuples with names, and their size
from collections import namedtuple
from typing import NamedTuple
import sys

Point = namedtuple("Point", ["x", "y"])
Color = namedtuple("Color", "red green blue", defaults=[0])


class City(NamedTuple):
    name: str
    lat: float
    lon: float = 0.0

    def describe(self):
        return f"{self.name} ({self.lat:.1f}, {self.lon:.1f})"


p = Point(3, 4)
print(p, p.x + p.y, p[0], len(p))
x, y = p
print(x, y, p._asdict())
print(p._replace(x=10), p)
print(Point._fields, Color._field_defaults)
print(Color(255, 128))
print(Point._make([7, 8]), Point(*range(2)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
c = City("Oslo", 59.91, 10.75)
print(c, c.describe())
print(City("Quito", -0.18))
print(City._fields, City.__annotations__)
print(sys.getsizeof(p) == sys.getsizeof((3, 4)), sys.getsizeof(p))
print(isinstance(p, tuple), p == (3, 4), hash(p) == hash((3, 4)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max([c, City("Lima", -12.0)], key=lambda city: city.lat).name)
