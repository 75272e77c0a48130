# Properties with validation, class methods as alternative constructors, static methods
class Temperature:
    unit_names = {"C": "Celsius", "F": "Fahrenheit"}
    instances = 0

    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0

    def __repr__(self):
        return f"{type(self).__name__}({self._celsius:.2f})"

t = Temperature(25)
print(t, t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t, Temperature.from_fahrenheit(32), Temperature.is_freezing(-1), t.is_freezing(5))
try:
    t.celsius = -300
except ValueError as err:
    print("ValueError:", err)
try:
    del t.fahrenheit
except AttributeError as err:
    print("AttributeError:", err)

class Kelvin(Temperature):
    pass

k = Kelvin.from_fahrenheit(50)
print(k, type(k).__name__, Temperature.instances, k.instances)
print(type(Temperature.__dict__["celsius"]).__name__, type(Temperature.__dict__["from_fahrenheit"]).__name__)
print(Temperature.celsius.fget.__name__, callable(Temperature.is_freezing))

class ReadOnly:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        """The value."""
        return self._v
r = ReadOnly(3)
try:
    r.v = 4
except AttributeError as err:
    print("AttributeError:", err)
print(r.v, ReadOnly.v.__doc__, vars(r))
class Counter:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
print(Counter.bump(), Counter.bump(), Counter().bump(), Counter.count)
