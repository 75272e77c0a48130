# Class methods as alternative constructors, static helpers, a subclass registry
class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, year, month, day):
        if not self.is_valid(year, month, day):
            raise ValueError(f"invalid date {year}-{month}-{day}")
        self.year, self.month, self.day = year, month, day

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @classmethod
    def is_valid(cls, year, month, day):
        if not 1 <= month <= 12:
            return False
        limit = cls.days_in_month[month - 1] + (month == 2 and cls.is_leap(year))
        return 1 <= day <= limit

    @classmethod
    def from_iso(cls, text):
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @classmethod
    def from_us(cls, text):
        month, day, year = (int(p) for p in text.split("/"))
        return cls(year, month, day)

    def day_of_year(self):
        return sum(self.days_in_month[:self.month - 1]) + self.day + (self.month > 2 and self.is_leap(self.year))

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

class Birthday(Date):
    def greet(self):
        return f"Happy birthday on {self}!"

d = Date.from_iso("2024-02-29")
print(d, repr(d), d.day_of_year())
b = Birthday.from_us("7/4/1990")
print(b, repr(b), b.greet(), type(b).__name__)
print(Date.is_leap(1900), Date.is_leap(2000), d.is_leap(2023))
for text in ["2023-02-29", "2024-13-01", "2024-04-31"]:
    try:
        Date.from_iso(text)
    except ValueError as e:
        print("ValueError:", e)
print(type(Date.__dict__["from_iso"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_iso.__self__ is Date, Birthday.from_iso.__self__ is Birthday)

class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls

    @classmethod
    def create(cls, key, *args):
        try:
            return cls.registry[key](*args)
        except KeyError:
            raise LookupError(f"no plugin {key!r}; have {sorted(cls.registry)}") from None

class Upper(Plugin):
    def run(self, text):
        return text.upper()

class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]

class Repeat(Plugin):
    def __init__(self, times=2):
        self.times = times
    def run(self, text):
        return text * self.times

print(sorted(Plugin.registry))
for key, args in [("upper", ()), ("rev", ()), ("repeat", (3,)), ("shout", ())]:
    try:
        plugin = Plugin.create(key, *args)
        print(key, "->", plugin.run("abc"))
    except LookupError as e:
        print("LookupError:", e)

class Pizza:
    def __init__(self, toppings):
        self.toppings = list(toppings)
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @classmethod
    def prosciutto(cls):
        return cls(["mozzarella", "tomato", "ham"])
    def __repr__(self):
        return f"Pizza({self.toppings})"
print(Pizza.margherita(), Pizza.prosciutto())

class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
    @classmethod
    def from_celsius(cls, c):
        return cls(c + 273.15)
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
print(round(Temperature.from_celsius(25).kelvin, 2), Temperature.c_to_f(100), Temperature(0).c_to_f(-40))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print(sm.__func__ is len, type(cm).__name__)
