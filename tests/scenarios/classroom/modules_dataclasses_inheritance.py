# Dataclasses and inheritance: fields add up, methods are regenerated
from dataclasses import dataclass, field, fields, is_dataclass

@dataclass
class Animal:
    name: str
    legs: int = 4

    def describe(self):
        return f"{self.name} has {self.legs} legs"

@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True

@dataclass
class Penguin(Bird):
    can_fly: bool = False
    colonies: list = field(default_factory=list)

b = Bird("sparrow")
p = Penguin("emperor")
print(b, p, sep="\n")
print(b.describe(), "|", p.describe())
print([f.name for f in fields(Penguin)])
print(isinstance(p, Animal), is_dataclass(p), is_dataclass(Animal), is_dataclass("x"))

# equality needs the same class
print(Bird("x") == Bird("x"), Bird("x") == Penguin("x", 2, True))

# a field without a default cannot follow one with a default
try:
    @dataclass
    class Bad(Animal):
        owner: str
except TypeError as e:
    print("TypeError:", e)

print(Penguin.__init__.__qualname__, Bird.__repr__.__qualname__)
print(Penguin.__doc__)
