# isinstance() checks: types, tuples of types, subclasses, and bool being an int
def describe(value):
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, (float, complex)):
        return "another number"
    if isinstance(value, str):
        return f"a string of length {len(value)}"
    if isinstance(value, (list, tuple)):
        return f"a sequence of {len(value)} items"
    if isinstance(value, dict):
        return "a dictionary"
    return "something else: " + type(value).__name__


for v in [True, 42, 3.14, "hi", [1, 2], (1,), {"a": 1}, None]:
    print(repr(v), "is", describe(v))

print(isinstance(True, int), type(True) == int, type(True) is bool)


class Shape:
    pass


class Circle(Shape):
    pass


c = Circle()
print(isinstance(c, Circle), isinstance(c, Shape), isinstance(c, object))
print(type(c) is Shape, issubclass(bool, int), isinstance(int, type))
