# Members with several values, methods and properties
from enum import Enum

G = 6.67300E-11

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return G * self.mass / (self.radius * self.radius)

    def weight(self, earth_weight):
        return earth_weight * self.surface_gravity / Planet.EARTH.surface_gravity

for planet in Planet:
    print(f"{planet.name:8} g={planet.surface_gravity:6.2f} m/s2  75 kg weighs {planet.weight(75):6.1f}")

print(Planet.EARTH.value)
print(Planet((6.421e+23, 3.3972e6)))
heaviest = max(Planet, key=lambda p: p.mass)
print(heaviest, heaviest.mass)
print(sorted(vars(Planet.MARS)))
