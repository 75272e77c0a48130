# IntEnum and StrEnum: enum members that are also ints and strings
from enum import IntEnum, Enum, auto, StrEnum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.HIGH, repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.LOW}", format(Priority.MEDIUM, ">5"))
print(Priority.HIGH > Priority.LOW, Priority.HIGH == 3, Priority.LOW + 1, Priority.HIGH * 2)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(Priority(1), Priority["MEDIUM"], list(Priority))
print(isinstance(Priority.LOW, int), int(Priority.HIGH), Priority.HIGH.value, Priority.HIGH.name)
print(max(Priority), [p.name for p in Priority])
print({Priority.LOW: "a"}[1])
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)
class Color(StrEnum):
    RED = auto()
    GREEN = "green"
print(Color.RED, repr(Color.RED), Color.RED == "red", Color.GREEN.upper())
print(type(Priority.LOW).__mro__)
