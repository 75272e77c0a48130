# An alternative constructor (classmethod) and a validator (staticmethod)
import sys


class Date:
    def __init__(self, year, month, day):
        if not Date.is_valid(year, month, day):
            raise ValueError("invalid date")
        self.year = year
        self.month = month
        self.day = day

    def from_string(cls, text):
        parts = text.split("-")
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))

    from_string = classmethod(from_string)

    def is_valid(year, month, day):
        return 1 <= month <= 12 and 1 <= day <= 31

    is_valid = staticmethod(is_valid)

    def show(self):
        return str(self.day) + "/" + str(self.month) + "/" + str(self.year)


class Birthday(Date):
    pass


d = Date.from_string("2024-03-15")
print(d.show(), type(d).__name__)
b = Birthday.from_string("1990-12-01")
print(b.show(), type(b).__name__)
print(Date.is_valid(2024, 13, 1), d.is_valid(2024, 2, 29))
try:
    Date.from_string("2024-00-10")
except ValueError as e:
    print("ValueError:", e)
m = Date.from_string
print(type(m).__name__, m.__self__ is Date, m.__func__.__name__)
print(type(Date.is_valid).__name__)
print(sys.getsizeof(classmethod(len)), sys.getsizeof(staticmethod(len)))
