# classmethods as alternative constructors, staticmethods as helpers
class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, year, month, day):
        if not Date.is_valid(year, month, day):
            raise ValueError(f"invalid date: {year}-{month}-{day}")
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @classmethod
    def from_tuple(cls, parts):
        return cls(*parts)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def is_valid(year, month, day):
        if not 1 <= month <= 12:
            return False
        limit = Date.days_in_month[month - 1]
        if month == 2 and Date.is_leap(year):
            limit += 1
        return 1 <= day <= limit

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class Birthday(Date):
    def greet(self):
        return f"Happy birthday on {self}!"


print(Date.from_string("2024-02-29"))
print(repr(Birthday.from_tuple((1990, 7, 4))))
print(Birthday.from_string("2000-1-5").greet())
for text in ("2023-02-29", "2023-13-01", "1900-02-29"):
    try:
        Date.from_string(text)
    except ValueError as e:
        print("ValueError:", e)
print(Date.is_leap(2000), Date.is_leap(1900), Date(2020, 1, 1).is_leap(2024))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, Birthday.from_string.__self__.__name__)
print(Date.from_string.__func__ is Birthday.from_string.__func__)
try:
    Date.from_string("2020/01/01")
except ValueError as e:
    print("ValueError:", e)
