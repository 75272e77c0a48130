# An inheritance chain: Employee -> Manager -> Director, overriding, super() and isinstance
class Employee:
    raise_rate = 1.04
    headcount = 0

    def __init__(self, first, last, pay):
        self.first = first
        self.last = last
        self.pay = pay
        Employee.headcount += 1

    @property
    def email(self):
        return f"{self.first}.{self.last}@corp.example".lower()

    @property
    def fullname(self):
        return f"{self.first} {self.last}"

    def apply_raise(self):
        self.pay = int(self.pay * self.raise_rate)

    def __repr__(self):
        return f"{type(self).__name__}({self.first!r}, {self.last!r}, {self.pay})"

    def __str__(self):
        return f"{self.fullname} - {self.email}"


class Developer(Employee):
    raise_rate = 1.10

    def __init__(self, first, last, pay, language):
        super().__init__(first, last, pay)
        self.language = language


class Manager(Employee):
    def __init__(self, first, last, pay, reports=None):
        super().__init__(first, last, pay)
        self.reports = [] if reports is None else reports

    def add(self, emp):
        if emp not in self.reports:
            self.reports.append(emp)

    def remove(self, emp):
        self.reports.remove(emp)

    def roster(self):
        return [e.fullname for e in self.reports]


class Director(Manager):
    raise_rate = 1.2

    def apply_raise(self):
        super().apply_raise()
        self.pay += 1000


d1 = Developer("Corey", "Schafer", 50000, "Python")
d2 = Developer("Test", "User", 60000, "Java")
m = Manager("Sue", "Smith", 90000, [d1])
boss = Director("Ada", "King", 150000)
m.add(d2)
m.add(d1)
boss.add(m)
print(m.roster(), boss.roster())
for e in (d1, m, boss):
    e.apply_raise()
    print(repr(e), "|", e)
print(Employee.headcount, d1.raise_rate, Manager.raise_rate)
print(isinstance(boss, Manager), isinstance(m, Director), issubclass(Director, Employee))
print([c.__name__ for c in Director.__mro__])
m.remove(d2)
print(m.roster())
try:
    m.remove(d2)
except ValueError as e:
    print("ValueError:", e)
try:
    d1.email = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(Developer.__init__ is Employee.__init__, Director.add is Manager.add)
print(Employee.__dict__["fullname"].fget.__name__, Manager.__dict__.get("email"))
