# Functions are objects: attributes, code objects, passing them around
import sys

def area(width, height=1, *args, scale=1.0, **options):
    """Area of a rectangle."""
    product = width * height * scale
    return product

print(area.__name__, area.__qualname__, area.__doc__)
print(area.__defaults__, area.__kwdefaults__)
print(type(area).__name__, callable(area), callable(3))

alias = area
print(alias is area, alias(3, 4))
print(sys.getrefcount(area) - 1)
registry = {"area": area, "abs": abs, "len": len}
print(sys.getrefcount(area) - 1)
print([registry[name].__name__ for name in sorted(registry)])

def apply(fn, *values):
    return fn(*values)

print(apply(area, 2, 5), apply(max, 3, 9, 4), apply(lambda: "no args"))
area.calls = 0
print(area.calls, sorted(area.__dict__))

class Greeter:
    def greet(self, who):
        return f"hello {who}"

g = Greeter()
bound = g.greet
print(bound.__name__, bound.__self__ is g, bound.__func__ is Greeter.greet)
print(bound("ann"), Greeter.greet(g, "bob"))
print(type(bound).__name__, type(Greeter.greet).__name__)
print((lambda x: x).__name__)
