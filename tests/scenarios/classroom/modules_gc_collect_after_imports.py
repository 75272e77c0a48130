# A memory lesson: what does gc.collect() find?
# Importing the standard library's helpers must not leave garbage behind;
# only the cycles the lesson builds should be collected.
import gc
import copy
import contextlib
import dataclasses
import enum

print("after the imports:", gc.collect())


@dataclasses.dataclass
class Employee:
    name: str
    manager: "Employee" = None
    reports: list = dataclasses.field(default_factory=list)


class Level(enum.Enum):
    JUNIOR = 1
    SENIOR = 2


boss = Employee("Grace")
for name in ("Alan", "Ada"):
    worker = Employee(name, manager=boss)
    boss.reports.append(worker)

team = copy.deepcopy(boss)
print(team.reports[0].manager is team, team is boss)

with contextlib.suppress(KeyError):
    {}["missing"]

print("nothing dropped yet:", gc.collect())
del boss, worker
print("the first team:", gc.collect())
del team
print("the copied team:", gc.collect())
print(Level.SENIOR, Level(1).name, gc.collect())
