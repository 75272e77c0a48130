# Class attributes versus instance attributes, and the mutable class attribute trap
import sys


class Dog:
    species = "canis familiaris"
    tricks = []          # shared by every dog: the trap

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)


class SafeDog:
    species = "canis familiaris"

    def __init__(self, name):
        self.name = name
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)


a, b = Dog("Rex"), Dog("Fido")
a.add_trick("roll over")
b.add_trick("play dead")
print(a.tricks, b.tricks, a.tricks is b.tricks is Dog.tricks)
print("refcount of the shared list:", sys.getrefcount(Dog.tricks))

c, d = SafeDog("Rex"), SafeDog("Fido")
c.add_trick("roll over")
print(c.tricks, d.tricks)

a.species = "wolf"
print(a.species, b.species, Dog.species)
print("species" in vars(a), "species" in vars(b))
del a.species
print(a.species)
Dog.species = "dog"
print(a.species, b.species)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")))
print(vars(a))


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    def bump_wrong(self):
        self.count += 1   # makes an instance attribute


x, y = Counter(), Counter()
x.bump_wrong()
print(Counter.count, x.count, y.count, x.id, y.id, vars(x))
