# Class attributes are shared by all instances; instance attributes are per object
class Dog:
    species = "Canis familiaris"
    count = 0
    tricks = []

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)


a = Dog("Fido")
b = Dog("Buddy")
print(a.species, b.species, Dog.count)
a.species = "wolf?"
print(a.species, b.species, Dog.species)
print("species" in a.__dict__, "species" in b.__dict__)
del a.species
print(a.species)

a.add_trick("roll over")
b.add_trick("play dead")
print(a.tricks, b.tricks, a.tricks is b.tricks)

Dog.species = "dog"
print(a.species, b.species)
print(sorted(a.__dict__))
