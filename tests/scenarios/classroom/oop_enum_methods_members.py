# Enum members with tuple values, methods, __str__, aliases and _missing_
from enum import Enum, IntFlag, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    OFF = "inactive"

    def __str__(self):
        return self.value.upper()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


for p in Planet:
    print(f"{p.name:8} {p.surface_gravity:6.2f}")
print(Planet.EARTH.value, Planet.EARTH.mass)
print(Status.OFF is Status.INACTIVE, list(Status), len(Status))
print(list(Status.__members__), Status.OFF.name)
print(Status("ACTIVE"), repr(Status("Inactive")), f"{Status.ACTIVE}")
try:
    Status("paused")
except ValueError as e:
    print("ValueError:", e)
mode = Perm.R | Perm.W
print(mode, int(mode), Perm(7), Perm.R in mode, mode & Perm.X, oct(Perm.R | Perm.X))
print(Perm(6) == 6, mode + 1, [m.name for m in Perm])
print(type(Planet.EARTH).__name__, isinstance(Planet.EARTH, Planet), Planet["JUPITER"].radius)
print(Status.ACTIVE == "active", Status.ACTIVE.value == "active")
print(sorted(Planet, key=lambda p: p.radius, reverse=True)[0])
print(hash(Status.ACTIVE) == hash(Status.ACTIVE), {Status.ACTIVE: 1}[Status("active")])
