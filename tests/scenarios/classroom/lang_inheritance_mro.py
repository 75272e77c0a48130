# Inheritance with super(), multiple inheritance and the MRO
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return "Woof"

class Puppy(Dog):
    def speak(self):
        return super().speak().lower() + "!"

print(Puppy("Rex", "lab").describe(), Dog("Max", "pug").breed)
print(Puppy.__mro__)
print([c.__name__ for c in Puppy.mro()])

class A:
    def hello(self):
        return ["A"]

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(A):
    def hello(self):
        return ["C"] + super().hello()

class D(B, C):
    def hello(self):
        return ["D"] + super().hello()

print(D().hello())
print([k.__name__ for k in D.__mro__])
print(D.__bases__, B.__base__, isinstance(D(), C), issubclass(D, A))

class Swimmer:
    def move(self):
        return "swims"

class Flyer:
    def move(self):
        return "flies"

class Duck(Flyer, Swimmer):
    pass

print(Duck().move(), [k.__name__ for k in Duck.__mro__])
try:
    class Broken(A, B):
        pass
except TypeError as err:
    print("TypeError:", err)

class Base:
    count = 0
    def __init__(self):
        type(self).count += 1
        Base.count += 0

class Child(Base):
    count = 0

Base(); Child(); Child()
print(Base.count, Child.count)
print(super(B, D()).hello(), super(D, D()).hello())
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Puppy.__bases__)
print(hasattr(Puppy("a", "b"), "breed"), vars(Puppy("Bo", "mix")))
