# Making classes with a function call instead of a class statement
import types


def body(ns):
    ns['species'] = 'cat'
    ns['speak'] = lambda self: self.name + " says meow"

    def __init__(self, name):
        self.name = name
    ns['__init__'] = __init__


Cat = types.new_class('Cat', (), {}, body)
tom = Cat('Tom')
print(Cat.__name__, Cat.species, tom.speak())
print(Cat.__bases__, type(Cat))


class Animal:
    legs = 4


Dog = types.new_class('Dog', (Animal,), exec_body=lambda ns: ns.update(sound='woof'))
print(Dog.legs, Dog.sound, Dog.__mro__)
print(issubclass(Dog, Animal))

Empty = types.new_class('Empty')
print(Empty, Empty.__bases__)

meta, ns, kwds = types.prepare_class('Thing', (Animal,))
print(meta, ns, kwds)
print(types.resolve_bases((Animal, object)))

same = type('Cat2', (), {'species': 'cat'})
print(same.species, type(same) is type(Cat))
