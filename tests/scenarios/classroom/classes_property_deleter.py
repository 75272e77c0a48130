# A property with a getter, a setter and a deleter, made with .setter/.deleter
class Person:
    def __init__(self, name):
        self._name = name

    def name(self):
        print("get name")
        return self._name

    name = property(name)

    def _set_name(self, value):
        print("set name to", value)
        self._name = value

    name = name.setter(_set_name)

    def _del_name(self):
        print("delete name")
        del self._name

    name = name.deleter(_del_name)


p = Person("Alice")
print(p.name)
p.name = "Bob"
print(p.name)
del p.name
print(p.__dict__)
try:
    p.name
except AttributeError as e:
    print("AttributeError:", e)
prop = Person.name
print(type(prop).__name__, prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__)
p.name = "Carol"
print(p.name)


class ReadOnly:
    x = property(lambda self: 42)


r = ReadOnly()
print(r.x)
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)
