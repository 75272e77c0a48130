# Abstract properties and class methods, and virtual subclasses
from abc import ABC, ABCMeta, abstractmethod

class Sensor(ABC):
    @property
    @abstractmethod
    def unit(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    def report(self, value):
        return f"{value} {self.unit}"

class Thermometer(Sensor):
    @property
    def unit(self):
        return "C"

    @classmethod
    def create(cls):
        return cls()

t = Thermometer.create()
print(t.report(21.5), type(t).__name__)
print(sorted(Sensor.__abstractmethods__))

class Half(Sensor):
    @property
    def unit(self):
        return "%"

try:
    Half()
except TypeError as e:
    print("TypeError:", e)

# classes can be registered as virtual subclasses
class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self):
        ...

class Sprite:
    def draw(self):
        return "sprite"

print(isinstance(Sprite(), Drawable))
Drawable.register(Sprite)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
print(Drawable in Sprite.__mro__)

@Drawable.register
class Text:
    pass

print(issubclass(Text, Drawable), Text.__name__)
