# Properties with setters, validation and computed attributes
class Temperature:
    ABSOLUTE_ZERO = -273.15

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < self.ABSOLUTE_ZERO:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = float(value)

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius - self.ABSOLUTE_ZERO

    @kelvin.deleter
    def kelvin(self):
        print("cannot really delete kelvin; resetting to 0 K")
        self._celsius = self.ABSOLUTE_ZERO

    def __repr__(self):
        return f"Temperature({self._celsius:.2f})"

t = Temperature(25)
print(t, f"{t.fahrenheit:.1f}F", f"{t.kelvin:.2f}K")
t.fahrenheit = 212
print(t.celsius, t)
for bad in [-300, "hot", None]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "-", e)
print(t)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.kelvin
print(t, t.kelvin)

print(type(Temperature.celsius).__name__, Temperature.celsius.fset is not None, Temperature.kelvin.fset)
print(sorted(k for k in vars(Temperature) if not k.startswith("__")))

class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        value = value.strip()
        if not value:
            raise ValueError("name must not be blank")
        self._name = value.title()

    @property
    def grade(self):
        return self._grade

    @grade.setter
    def grade(self, value):
        if not 0 <= value <= 100:
            raise ValueError(f"grade {value} out of range 0..100")
        self._grade = value

    @property
    def letter(self):
        return "ABCDF"[min(4, max(0, (99 - self._grade) // 10))] if self._grade >= 60 else "F"

students = [Student("  maya ", 93), Student("leo", 85), Student("ZOE", 71), Student("sam", 40)]
for s in students:
    print(f"{s.name:<6}{s.grade:>4} {s.letter}")
try:
    Student("", 50)
except ValueError as e:
    print("ValueError:", e)
try:
    students[0].grade = 101
except ValueError as e:
    print("ValueError:", e)
students[0].grade += 5 if students[0].grade + 5 <= 100 else 0
print(students[0].grade, vars(students[1]))

class Circle:
    def __init__(self, radius):
        self.radius = radius
    area = property(lambda self: round(3.14159 * self.radius ** 2, 2), doc="the area")
    diameter = property(lambda self: self.radius * 2)

c = Circle(3)
print(c.area, c.diameter, Circle.area.__doc__)
try:
    c.area = 1
except AttributeError as e:
    print("AttributeError:", e)
