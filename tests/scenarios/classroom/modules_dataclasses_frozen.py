# Frozen dataclasses: immutable and hashable
from dataclasses import dataclass, replace, FrozenInstanceError
import sys

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

red = Color(255, 0, 0)
print(red, red.hex())

# frozen and eq: __hash__ is generated from the fields
names = {red: "red", Color(0, 0, 255): "blue"}
print(names[Color(255, 0, 0)])
print(hash(red) == hash((255, 0, 0)))
print(len({Color(1, 2, 3), Color(1, 2, 3)}))

try:
    red.r = 0
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print("a FrozenInstanceError is an AttributeError:", issubclass(FrozenInstanceError, AttributeError))

try:
    del red.g
except AttributeError as e:
    print("cannot delete:", e)

# replace makes a new object instead
pink = replace(red, g=192, b=203)
print(pink, red)
print(sys.getrefcount(red))

red.b = 128
