# __slots__ saves memory: Particle with and without a __dict__
import sys


class PlainParticle:
    def __init__(self, x, y, mass):
        self.x = x
        self.y = y
        self.mass = mass


class SlotParticle:
    __slots__ = ("x", "y", "mass")

    def __init__(self, x, y, mass):
        self.x = x
        self.y = y
        self.mass = mass

    def __repr__(self):
        return f"SlotParticle({self.x}, {self.y}, {self.mass})"


class ChargedParticle(SlotParticle):
    __slots__ = ("charge",)

    def __init__(self, x, y, mass, charge):
        super().__init__(x, y, mass)
        self.charge = charge


plain = PlainParticle(1, 2, 3)
slim = SlotParticle(1, 2, 3)
charged = ChargedParticle(0, 0, 1, -1)
print(sys.getsizeof(plain), sys.getsizeof(plain.__dict__))
print(sys.getsizeof(slim), sys.getsizeof(charged))
print(hasattr(plain, "__dict__"), hasattr(slim, "__dict__"))
try:
    slim.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(slim, charged.charge)
del slim.mass
try:
    print(slim.mass)
except AttributeError as e:
    print("AttributeError:", e)
slim.mass = 9
print(slim)
print(SlotParticle.__slots__, ChargedParticle.__slots__)
print(type(SlotParticle.x).__name__, SlotParticle.x.__name__)
print(sorted(k for k in ChargedParticle.__dict__ if not k.startswith("__")))
cloud = [SlotParticle(i, i, 1) for i in range(100)]
print(sum(sys.getsizeof(p) for p in cloud))
plains = [PlainParticle(i, i, 1) for i in range(100)]
print(sum(sys.getsizeof(p) + sys.getsizeof(p.__dict__) for p in plains))
