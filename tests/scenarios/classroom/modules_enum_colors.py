# Enum basics: members, names, values, lookups
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    SCARLET = 1          # an alias of RED

print(Color.RED)
print(repr(Color.RED))
print(Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"])
print(type(Color.RED), isinstance(Color.GREEN, Color))
print(list(Color))
print(len(Color), Color.RED in Color)
print(Color.SCARLET is Color.RED, Color.SCARLET.name)
print(list(Color.__members__))

# members compare by identity, not with their values
print(Color.RED == 1, Color.RED == Color(1), Color.RED != Color.BLUE)

# lookups that fail
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 10
except AttributeError as e:
    print("AttributeError:", e)

# as dict keys and in f-strings
paint = {Color.RED: "apple", Color.BLUE: "sky"}
for color, thing in paint.items():
    print(f"{thing} is {color} ({color.value})")
print(f"[{Color.GREEN:^15}]")
print(Color, repr(Color))
