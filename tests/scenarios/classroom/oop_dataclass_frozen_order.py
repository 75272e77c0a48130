# Frozen and ordered dataclasses as dictionary keys and sorted records
from dataclasses import dataclass, FrozenInstanceError, field
import sys


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    @classmethod
    def parse(cls, text):
        return cls(*(int(p) for p in text.split(".")))


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


versions = [Version.parse(v) for v in ["1.10.0", "1.2.3", "1.2", "0.9.9", "2"]]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(max(versions), Version(1, 2) < Version(1, 2, 1))
released = {Version(1, 0): "first", Version(2, 0): "second"}
print(released[Version(2)], hash(Version(1)) == hash(Version(1, 0, 0)))
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test"), Task(1, "coffee")]
print([t.name for t in sorted(tasks)])
print(Task(1, "a") == Task(1, "b"))
try:
    Task(1, "a") < Version(1)
except TypeError as e:
    print("TypeError:", e)
print(Task.__hash__, Version.__hash__ is not None)
print(sys.getsizeof(v), len(vars(v)))
