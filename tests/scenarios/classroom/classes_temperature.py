# Celsius stored, Fahrenheit computed: a property with a setter
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    def get_celsius(self):
        return self._celsius

    def set_celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    celsius = property(get_celsius, set_celsius)

    def get_fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    def set_fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    fahrenheit = property(get_fahrenheit, set_fahrenheit, None, "degrees F")


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
print(t.__dict__)
print(Temperature.fahrenheit.__doc__)
print(type(Temperature.celsius).__name__)
print(Temperature.celsius.fget is Temperature.get_celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
