# Enums: auto values, iteration, lookup by value and name, methods and Flag
from enum import Enum, auto, Flag, IntEnum, unique


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
    THURSDAY = auto()
    FRIDAY = auto()
    SATURDAY = auto()
    SUNDAY = auto()

    @property
    def is_weekend(self):
        return self in (Weekday.SATURDAY, Weekday.SUNDAY)

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


class Size(IntEnum):
    S = 1
    M = 2
    L = 3


print(Weekday.MONDAY, repr(Weekday.FRIDAY), Weekday.SUNDAY.value)
print([d.name for d in Weekday if d.is_weekend])
print(Weekday(3), Weekday["THURSDAY"].next(), Weekday.SUNDAY.next())
print(len(Weekday), Weekday.MONDAY in Weekday, isinstance(Weekday.MONDAY, Weekday))
try:
    Weekday(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Weekday["FUNDAY"]
except KeyError as e:
    print("KeyError:", e)
rw = Perm.READ | Perm.WRITE
print(rw, Perm.WRITE in rw, Perm.EXEC in rw, bool(Perm(0)))
print(Perm.ALL == Perm.READ | Perm.WRITE | Perm.EXEC, rw & Perm.WRITE)
print(Size.M + 1, Size.L > Size.S, sorted([Size.L, Size.S]), Size(2).name)
print(list(Weekday.__members__)[:3])
try:
    @unique
    class Color(Enum):
        RED = 1
        CRIMSON = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Weekday.MONDAY.value = 10
except AttributeError as e:
    print("AttributeError:", e)
print({Weekday.MONDAY: "start"}[Weekday(1)], Weekday.MONDAY is Weekday(1))
