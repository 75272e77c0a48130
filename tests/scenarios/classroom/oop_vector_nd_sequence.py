# An n-dimensional Vector that is also a sequence: slicing returns Vectors, __format__ with a spec
import math
import operator
import functools


class Vector:
    typecode = "d"

    def __init__(self, components):
        self._components = tuple(float(c) for c in components)

    def __iter__(self):
        return iter(self._components)

    def __len__(self):
        return len(self._components)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return type(self)(self._components[key])
        index = operator.index(key)
        return self._components[index]

    def __repr__(self):
        inner = repr(list(self._components))
        return f"Vector({inner})"

    def __str__(self):
        return str(tuple(self))

    def __eq__(self, other):
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __hash__(self):
        hashes = (hash(x) for x in self)
        return functools.reduce(operator.xor, hashes, 0)

    def __abs__(self):
        return math.hypot(*self)

    def __bool__(self):
        return bool(abs(self))

    def __add__(self, other):
        try:
            from itertools import zip_longest
            return Vector(a + b for a, b in zip_longest(self, other, fillvalue=0.0))
        except TypeError:
            return NotImplemented

    def __radd__(self, other):
        return self + other

    def __mul__(self, scalar):
        if isinstance(scalar, (int, float)):
            return Vector(n * scalar for n in self)
        return NotImplemented

    def __rmul__(self, scalar):
        return self * scalar

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __getattr__(self, name):
        if len(name) == 1 and name in "xyzt":
            pos = "xyzt".index(name)
            if pos < len(self._components):
                return self._components[pos]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __format__(self, spec=""):
        if spec.endswith("p"):
            spec = spec[:-1]
            r = abs(self)
            angle = math.atan2(self[1], self[0]) if len(self) > 1 else 0.0
            return "<{}, {}>".format(format(r, spec), format(angle, spec))
        return "(" + ", ".join(format(c, spec) for c in self) + ")"


v = Vector(range(7))
print(v, repr(v[1:4]), v[-1], len(v))
print(v.x, v.y, v.t)
try:
    v.k
except AttributeError as e:
    print("AttributeError:", e)
v2 = Vector([3, 4])
print(abs(v2), bool(Vector([0, 0])), v2 + Vector([1, 1, 1]), v2 + (10, 20), (10, 20) + v2)
print(v2 * 2, 3 * v2, v2 @ Vector([1, 2]), v2 == (3, 4), v2 == Vector([3, 4]))
print(f"{v2}", f"{v2:.2f}", f"{v2:.3fp}", format(Vector([1, 1]), ".4ep"))
print(hash(v2) == hash(Vector([3.0, 4.0])), len({v2, Vector([3, 4])}))
try:
    v["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    v2 * "x"
except TypeError as e:
    print("TypeError:", e)
print(sum([Vector([1, 2]), Vector([3, 4])], Vector([0, 0])))
