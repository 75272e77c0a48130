# Inheritance with super(): an employee payroll
class Employee:
    raise_rate = 1.03
    headcount = 0

    def __init__(self, first, last, salary):
        self.first = first
        self.last = last
        self.salary = salary
        Employee.headcount += 1

    @property
    def email(self):
        return f"{self.first}.{self.last}@company.com".lower()

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    def apply_raise(self):
        self.salary = int(self.salary * self.raise_rate)

    def monthly(self):
        return self.salary / 12

    def __repr__(self):
        return f"{type(self).__name__}({self.first!r}, {self.last!r}, {self.salary})"

    def __str__(self):
        return f"{self.full_name} - {self.email}"

class Developer(Employee):
    raise_rate = 1.10

    def __init__(self, first, last, salary, language):
        super().__init__(first, last, salary)
        self.language = language

    def __str__(self):
        return super().__str__() + f" [{self.language}]"

class Manager(Employee):
    def __init__(self, first, last, salary, reports=None):
        super().__init__(first, last, salary)
        self.reports = [] if reports is None else reports

    def add(self, *people):
        for p in people:
            if p not in self.reports:
                self.reports.append(p)

    def monthly(self):
        return super().monthly() + 100 * len(self.reports)

    def print_reports(self):
        for p in self.reports:
            print("   ->", p.full_name)

class Intern(Developer):
    def apply_raise(self):
        print(f"{self.first} is an intern: no raise")

dev1 = Developer("Ada", "Byron", 85000, "Python")
dev2 = Developer("Alan", "Turing", 90000, "C")
boss = Manager("Grace", "Hopper", 120000, [dev1])
kid = Intern("Tim", "Lee", 20000, "JavaScript")
boss.add(dev2, dev1, kid)

staff = [dev1, dev2, boss, kid]
for person in staff:
    print(person)
boss.print_reports()
for person in staff:
    person.apply_raise()
print([p.salary for p in staff])
print(f"{'Name':<14}{'Role':<10}{'Monthly':>10}")
for p in sorted(staff, key=lambda p: p.monthly(), reverse=True):
    print(f"{p.full_name:<14}{type(p).__name__:<10}{p.monthly():>10,.2f}")
print(Employee.headcount, Developer.raise_rate, Manager.raise_rate, Intern.raise_rate)
print(repr(kid), isinstance(kid, Employee), issubclass(Manager, Developer))
print([c.__name__ for c in Intern.mro()])
print(Intern.__bases__[0].__name__, Developer.__base__.__name__)
print(Developer.__str__ is Employee.__str__, Intern.__str__ is Developer.__str__)
print(super(Developer, dev1).__str__())
print(type(dev1).__mro__[1].monthly(dev1) == dev1.monthly())
print(vars(dev1))
class Contractor(Employee):
    def __init__(self, first, last, rate):
        self.rate = rate
contractor = Contractor("Sam", "Ng", 50)
try:
    print(contractor.full_name)
except AttributeError as e:
    print("AttributeError:", e)
