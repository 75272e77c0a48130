# auto() values, @unique, and choosing the next value yourself
from enum import Enum, auto, unique

class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
    THURSDAY = 10
    FRIDAY = auto()

for day in Weekday:
    print(day.name, day.value)

# the values chosen by the class itself
class Direction(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()

print([d.value for d in Direction], Direction("north"))

# @unique refuses aliases
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

@unique
class Size(Enum):
    S = auto()
    M = auto()
    L = auto()

print(Size.M.value, len(Size))
print(max(Size, key=lambda s: s.value))
