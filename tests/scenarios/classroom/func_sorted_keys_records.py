# map, filter, zip and sorted with key functions over student records
from operator import itemgetter, attrgetter


class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age

    def __repr__(self):
        return f"{self.name}:{self.grade}"


rows = [("ana", 88, 20), ("bo", 95, 19), ("cy", 88, 22), ("di", 72, 20), ("ed", 95, 21)]
students = [Student(*r) for r in rows]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0), reverse=True))
print(sorted(students, key=attrgetter("grade", "age")))
print(sorted(students, key=lambda s: (-s.grade, s.name)))
print(min(students, key=attrgetter("age")), max(rows, key=lambda r: r[2]))
names = list(map(lambda s: s.name.title(), students))
print(names)
passed = list(filter(lambda s: s.grade >= 85, students))
print(passed)
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
for name, grade, age in zip(*zip(*rows)):
    pass
print(list(zip(*rows))[1])
print(dict(zip(names, map(attrgetter("grade"), students))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(sorted("Hello World Python".split(), key=str.lower))
print(sorted([3, -1, -7, 2], key=abs), sorted({"b": 2, "a": 3}, key={"b": 2, "a": 3}.get))
by_grade = {}
for s in sorted(students, key=attrgetter("name")):
    by_grade.setdefault(s.grade, []).append(s.name)
print(by_grade)
ranked = sorted(enumerate(students, 1), key=lambda p: p[1].grade)
print([(i, s.name) for i, s in ranked])
print(list(zip("abc", range(10), strict=False)))
try:
    list(zip("abc", range(2), strict=True))
except ValueError as e:
    print("ValueError:", e)
