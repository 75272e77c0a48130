# Class attributes versus instance attributes: a shared counter and shadowing
import sys


class Dog:
    species = "Canis familiaris"
    count = 0
    tricks = []

    def __init__(self, name):
        self.name = name
        Dog.count += 1
        self.tricks_own = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        self.tricks_own.append(trick)


rex = Dog("Rex")
fido = Dog("Fido")
rex.add_trick("roll over")
fido.add_trick("play dead")
print(Dog.count, rex.count, fido.count)
print(rex.tricks, fido.tricks_own)
print(rex.tricks is fido.tricks is Dog.tricks)
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
print("species" in rex.__dict__, "species" in fido.__dict__)
del rex.species
print(rex.species)
rex.count += 10
print(rex.count, Dog.count, fido.count)
Dog.count = 100
print(rex.count, fido.count)
print(sorted(rex.__dict__))
print(sys.getsizeof(rex.__dict__), sys.getsizeof(fido.__dict__))
print(getattr(fido, "age", "unknown"), hasattr(Dog, "add_trick"))
setattr(fido, "age", 3)
print(fido.age, vars(fido)["age"])
delattr(fido, "age")
try:
    fido.age
except AttributeError as e:
    print(e)
try:
    del Dog.nothing
except AttributeError as e:
    print(e)
