# isinstance with tuples, and abc registration of virtual subclasses
from abc import ABC, abstractmethod
from collections.abc import Sequence, Iterable, Sized, Hashable


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle(Drawable):
    def draw(self):
        return "()"


class Legacy:
    def draw(self):
        return "[]"


print(isinstance(Legacy(), Drawable))
Drawable.register(Legacy)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable))
print(Legacy.__mro__)
for shape in (Circle(), Legacy()):
    print(type(shape).__name__, shape.draw())
values = [1, 2.5, "s", [1], (1,), {"k": 1}, None, True]
for v in values:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, Sequence))
print(isinstance(True, int), type(True) is int, issubclass(bool, (str, int)))


class Bag:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


print(isinstance(Bag(), Sized), isinstance(Bag(), Iterable), isinstance(Bag(), Sequence))
print(isinstance([], Hashable), isinstance((), Hashable))
try:
    isinstance(3, "int")
except TypeError as e:
    print("TypeError:", e)
