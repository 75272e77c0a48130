# typing.NamedTuple: an immutable record class with defaults and methods
from typing import NamedTuple
import sys

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def raise_pay(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)

    def __str__(self):
        return f"{self.name} ({self.dept})"

e = Employee("Ann")
print(e)
print(repr(e))
print(Employee._fields, Employee._field_defaults)
print(e._asdict())
f = e.raise_pay(10)
print(f, f.salary, repr(f))
print(e == ("Ann", "eng", 100), isinstance(e, tuple))
print(sys.getsizeof(e), len(e), e[0], e.dept)
name, dept, sal = e
print(name, dept, sal)
print(Employee.__annotations__)
print(type(e).__mro__)
try:
    e.name = "Bob"
except AttributeError as exc:
    print("AttributeError:", exc)
print(Employee._make(["Z", "ops", 5]))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2))
print(Employee.__doc__)
