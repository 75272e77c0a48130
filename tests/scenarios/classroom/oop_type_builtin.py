# type(name, bases, dict): making classes at run time
def greet(self):
    return f"Hi, I'm {self.name}"


Person = type("Person", (), {"species": "human", "greet": greet,
                             "__init__": lambda self, name: setattr(self, "name", name)})
p = Person("Ada")
print(p.greet(), Person.species, type(p).__name__, Person.__name__)
Student = type("Student", (Person,), {"school": "MIT"})
s = Student("Bob")
print(s.greet(), s.school, Student.__bases__, Student.__mro__)
print(type(Person), type(s), isinstance(s, Person))
print(Person.__module__, Person.__qualname__)


def make_point_class(*fields):
    def __init__(self, *values):
        for f, v in zip(fields, values):
            setattr(self, f, v)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)}" for f in fields)
        return f"{type(self).__name__}({inner})"

    return type("Point" + str(len(fields)) + "D", (), {"__init__": __init__, "__repr__": __repr__, "__slots__": fields})


P2 = make_point_class("x", "y")
P3 = make_point_class("x", "y", "z")
print(P2(1, 2), P3(1, 2, 3), P2.__slots__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
print(type(3), type("a") is str, type(None).__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)


class Tagged(metaclass=Meta):
    pass


print(Tagged.tag, type(Tagged).__name__, Meta.__mro__)
