# ABCMeta is a metaclass: a class whose instances are classes.
# Our own metaclass can register every class made with it.
from abc import ABC, ABCMeta
import gc
import sys

class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:                       # not the base class itself
            mcls.registry[name.lower()] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        print("making a", cls.__name__)
        return super().__call__(*args, **kwargs)

    def __len__(cls):
        return len(PluginMeta.registry)

class Plugin(metaclass=PluginMeta):
    def run(self):
        return f"{type(self).__name__} runs"

class Upper(Plugin):
    pass

class Lower(Plugin):
    pass

print(sorted(PluginMeta.registry))
p = PluginMeta.registry["upper"]()
print(p.run())
print(type(Upper), type(Plugin), type(PluginMeta))
print(len(Plugin), isinstance(Upper, PluginMeta), isinstance(p, Plugin))

# a class made by a metaclass refers to it, as an instance to its class
print(PluginMeta in gc.get_referents(Upper))
print(sys.getsizeof(PluginMeta), sys.getsizeof(Upper))

# ABC is a class whose metaclass is ABCMeta
print(type(ABC).__name__, ABCMeta.__mro__[1].__name__)
class Shape(ABC):
    pass
print(type(Shape) is ABCMeta, isinstance(Shape, type))

# the metaclasses of a class's bases must agree
try:
    class Both(Plugin, Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
