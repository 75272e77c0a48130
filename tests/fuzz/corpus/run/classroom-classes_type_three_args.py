# Classes made by calling type(name, bases, namespace)
def describe(self):
    return self.kind + " with " + str(self.legs) + " legs"


Animal = type("Animal", (), {"legs": 4, "kind": "animal", "describe": describe})
Bird = type("Bird", (Animal,), {"legs": 2, "kind": "bird"})

b = Bird()
print(b.describe())
print(Animal().describe())
print(Bird.__name__, Bird.__bases__, [k.__name__ for k in Bird.__mro__])
print(isinstance(b, Animal), type(b).__name__)
print(type(Bird) is type, type(type) is type)
b.wings = 2
print(b.__dict__)
