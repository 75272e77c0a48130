# @classmethod alternative constructors: build objects from strings or dicts
class Date:
    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def from_string(cls, text):
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @classmethod
    def from_dict(cls, d):
        return cls(d["year"], d["month"], d["day"])

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class Birthday(Date):
    pass


print(Date(2024, 2, 29))
print(Date.from_string("2026-12-07"))
print(Date.from_dict({"year": 1999, "month": 12, "day": 31}))
b = Birthday.from_string("2001-04-15")
print(b, type(b).__name__)
print(isinstance(b, Date))


class Pizza:
    def __init__(self, toppings):
        self.toppings = toppings

    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomatoes"])

    def __repr__(self):
        return f"Pizza({self.toppings!r})"


print(Pizza.margherita())
