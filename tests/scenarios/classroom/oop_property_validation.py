# Properties that validate: a Temperature and a Person with read-only id
class Temperature:
    absolute_zero = -273.15

    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"expected a number, got {type(value).__name__}")
        if value < Temperature.absolute_zero:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


class Person:
    _next_id = 1

    def __init__(self, name):
        self._id = Person._next_id
        Person._next_id += 1
        self.name = name

    @property
    def id(self):
        "The person's number, fixed at creation."
        return self._id


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 1))
for bad in (-300, "hot"):
    try:
        t.celsius = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(t.celsius)
p, q = Person("Ada"), Person("Alan")
print(p.id, q.id, Person._next_id)
try:
    p.id = 99
except AttributeError as e:
    print("AttributeError:", e)
try:
    del q.id
except AttributeError as e:
    print("AttributeError:", e)
print(Person.id.__doc__)
print(type(Person.id).__name__, Person.id.fset, Person.id.fget.__name__)
print(sorted(vars(t)), vars(p))
