# Method overriding and polymorphism: each animal speaks in its own way
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def introduce(self):
        return f"I am {self.name} and I say {self.speak()}"


class Dog(Animal):
    def speak(self):
        return "Woof"


class Cat(Animal):
    def speak(self):
        return "Meow"


class Puppy(Dog):
    def speak(self):
        return super().speak().lower() + "!"


class Fish(Animal):
    pass


zoo = [Dog("Rex"), Cat("Tom"), Puppy("Bit"), Fish("Nemo")]
for animal in zoo:
    print(animal.introduce())
for animal in zoo:
    print(type(animal).__name__, type(animal).__bases__[0].__name__)
print(Dog.speak is Animal.speak, Fish.speak is Animal.speak)
