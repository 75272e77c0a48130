# Names, qualified names, modules and docstrings of classes and functions
class Animal:
    """An animal."""
    sound = "..."

    def speak(self):
        "Make a sound."
        return self.sound

    class Tag:
        pass

    def noop(self):
        return "x"


def helper():
    """Help."""


print(Animal.__doc__, Animal.speak.__doc__, Animal.noop.__doc__, helper.__doc__)
print(Animal.__name__, Animal.__qualname__, Animal.__module__)
print(Animal.Tag.__name__, Animal.Tag.__qualname__)
print(Animal.speak.__name__, Animal.speak.__qualname__, Animal.speak.__module__)
a = Animal()
print(a.__class__.__name__, type(a) is Animal, a.__class__ is Animal)
print(a.speak.__doc__, a.speak.__name__)
class Plain:
    pass
print(Plain.__doc__)
print(int.__name__, int.__module__)
def outer():
    class Inner:
        def m(self): pass
    return Inner
I = outer()
print(I.__qualname__, I.m.__qualname__)
