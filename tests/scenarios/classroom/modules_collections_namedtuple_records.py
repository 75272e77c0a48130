# Student records as namedtuples: _make, _asdict, _replace and sorting
from collections import namedtuple

Student = namedtuple("Student", "name age grade")
rows = [
    "Alice,20,A",
    "Bob,19,C",
    "Chen,21,B",
    "Dana,19,A",
]
students = [Student._make(row.split(",")) for row in rows]
for s in students:
    print(s)

students = [s._replace(age=int(s.age)) for s in students]
print(students[0], type(students[0].age).__name__)

by_age = sorted(students, key=lambda s: (s.age, s.name))
print([s.name for s in by_age])
print(max(students, key=lambda s: s.age).name)

print(students[1]._asdict())
print(Student._fields, Student.__doc__)

# a record with a new grade is a new tuple; the old one is unchanged
bob = students[1]
better = bob._replace(grade="B")
print(bob.grade, better.grade, bob is better)

try:
    bob._replace(height=180)
except ValueError as e:
    print("ValueError:", e)
try:
    Student("Eve", 22)
except TypeError as e:
    print("TypeError:", e)
try:
    Student._make(["Eve", 22])
except TypeError as e:
    print("TypeError:", e)

# from a dict with ** and back
data = {"name": "Finn", "age": 23, "grade": "B"}
finn = Student(**data)
print(finn, finn._asdict() == data)
