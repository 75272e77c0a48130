# Sorting dataclass instances: order=True compares fields as tuples
from dataclasses import dataclass, field

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

releases = [Version(1, 10), Version(1, 2, 5), Version(0, 9), Version(1, 2)]
print([str(v) for v in sorted(releases)])
print(Version(1, 2) < Version(1, 10), Version(2) > Version(1, 99, 99))
print(max(releases), min(releases))

# a field can be left out of comparisons
@dataclass(order=True)
class Student:
    grade: int
    name: str = field(compare=False)

students = [Student(88, "Lin"), Student(95, "Ada"), Student(88, "Bob")]
for s in sorted(students, reverse=True):
    print(s.grade, s.name)
print(Student(88, "Lin") == Student(88, "Zed"))

# comparing with another class is not supported
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
print(Version(1) == (1, 0, 0))
