# __post_init__ and fields that __init__ does not take
from dataclasses import dataclass, field, replace

@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    history: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        if self.width <= 0 or self.height <= 0:
            raise ValueError("sides must be positive")
        self.area = self.width * self.height
        self.history.append("created")

r = Rectangle(3, 4)
print(r)
print(r.history)

try:
    Rectangle(3, -1)
except ValueError as e:
    print("ValueError:", e)

try:
    Rectangle(3, 4, area=12)
except TypeError as e:
    print("TypeError:", e)

# replace calls __init__ and __post_init__ again
wide = replace(r, width=10)
print(wide, wide.history, wide.history is r.history)

try:
    replace(r, area=1)
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Temperature:
    celsius: float
    fahrenheit: float = field(init=False, repr=False)

    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32

for c in (0, 37, 100):
    t = Temperature(c)
    print(t, t.fahrenheit)
