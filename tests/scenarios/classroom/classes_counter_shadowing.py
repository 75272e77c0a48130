# A class attribute counts instances; an instance attribute shadows it
class Dog:
    count = 0
    species = "Canis familiaris"

    def __init__(self, name):
        self.name = name
        Dog.count += 1


a = Dog("Rex")
b = Dog("Fido")
print(Dog.count, a.count, b.count)
a.count = 99            # a new instance attribute, the class one is untouched
print(Dog.count, a.count, b.count)
print(a.__dict__)
print(b.__dict__)
print("count" in a.__dict__, "count" in b.__dict__)
del a.count             # the class attribute shows through again
print(a.count)
Dog.species = "dog"
print(a.species, b.species)
b.species = "wolf"
print(a.species, b.species, Dog.species)
try:
    del a.species
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "name"), hasattr(a, "age"), getattr(a, "age", "unknown"))
