# Reading an enum from outside data: an unknown value stops the program
from enum import Enum

class Status(Enum):
    ACTIVE = 1
    SUSPENDED = 2
    CLOSED = 3

rows = [1, 1, 2, 3, 1]
counts = {}
for value in rows:
    status = Status(value)
    counts[status] = counts.get(status, 0) + 1
for status, n in counts.items():
    print(status.name, n)

print(Status(4))
