# abc: register virtual subclasses and __subclasshook__ duck typing
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Sized, Iterable, Container, Hashable, Callable, Sequence, Mapping


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Circle:
    def draw(self):
        return "()"


class Text:
    pass


class Serializer(metaclass=ABCMeta):
    @abstractmethod
    def dumps(self, obj):
        ...


@Serializer.register
class CSV:
    def dumps(self, obj):
        return ",".join(map(str, obj))


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), issubclass(Text, Drawable))
print(issubclass(CSV, Serializer), isinstance(CSV(), Serializer), Serializer in CSV.__mro__)
print(CSV().dumps([1, 2, 3]))
b = Bag("abc")
print(isinstance(b, Sized), isinstance(b, Iterable), isinstance(b, Container), isinstance(b, Sequence))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance("x", Hashable), isinstance([], Hashable))
print(isinstance(b, Callable), callable(len), callable(b))
try:
    Drawable()
except TypeError as e:
    print("TypeError:", e)
try:
    Serializer.register(3)
except TypeError as e:
    print("TypeError:", e)
print(type(Drawable).__name__, type(Serializer) is ABCMeta)
