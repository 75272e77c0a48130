# classmethod alternative constructors and staticmethod helpers



class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @classmethod
    def from_string(cls, text):
        value, unit = text[:-1], text[-1]
        if unit == "F":
            return cls.from_fahrenheit(float(value))
        return cls(float(value))

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0

    def __repr__(self):
        return f"{type(self).__name__}({self.celsius})"


class Kelvin(Temperature):
    def __repr__(self):
        return f"Kelvin({self.celsius + 273.15:.2f}K)"


print(Temperature.from_fahrenheit(212))
print(Temperature.from_string("98.6F"), Temperature.from_string("-4C"))
print(Kelvin.from_fahrenheit(32))
print(Temperature.is_freezing(-1), Kelvin(5).is_freezing(5))
print(type(Temperature.__dict__["from_string"]).__name__)
print(type(Temperature.__dict__["is_freezing"]).__name__)
print(Temperature.from_fahrenheit.__self__ is Temperature)
print(Kelvin.from_fahrenheit.__self__.__name__)
print(Temperature.is_freezing.__qualname__, type(Temperature.is_freezing).__name__)
