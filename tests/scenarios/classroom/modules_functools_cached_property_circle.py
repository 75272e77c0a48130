# cached_property computes once, then stores the value in the instance dict
from functools import cached_property
import sys


class Circle:
    def __init__(self, radius):
        self.radius = radius

    @cached_property
    def area(self):
        print("  (computing the area)")
        return 3.14159 * self.radius ** 2

    @property
    def diameter(self):
        print("  (computing the diameter)")
        return 2 * self.radius


c = Circle(3)
print(c.area)
print(c.area)
print(c.diameter)
print(c.diameter)

# the cached value lives in the instance's own __dict__
print(c.__dict__)

# changing the radius does not refresh it...
c.radius = 10
print(c.area)
# ...until the cached entry is deleted
del c.area
print(c.area)

# each instance has its own cache
d = Circle(1)
print(d.area, "area" in d.__dict__)
print(type(Circle.__dict__["area"]).__name__)
