# Grouping students by grade with defaultdict(list)
from collections import defaultdict
import sys

students = [("Ana", "B"), ("Bo", "A"), ("Cy", "C"), ("Di", "A"), ("Ed", "B"), ("Flo", "A")]

by_grade = defaultdict(list)
for name, grade in students:
    by_grade[grade].append(name)      # a new list the first time a grade is seen
print(by_grade)
for grade in sorted(by_grade):
    print(grade, by_grade[grade])

# the same with a plain dict needs setdefault (or a test)
plain = {}
for name, grade in students:
    plain.setdefault(grade, []).append(name)
print(plain == by_grade, type(by_grade).__name__, isinstance(by_grade, dict))

# reading a missing key CREATES it; "in" and get() do not
print("F" in by_grade, by_grade.get("F"))
print(by_grade["F"], len(by_grade), "F" in by_grade)

print(by_grade.default_factory)
print("defaultdict:", sys.getsizeof(defaultdict(list)), "dict:", sys.getsizeof({}))

# without a factory it behaves like a dict
strict = defaultdict(None, by_grade)
try:
    strict["Z"]
except KeyError as e:
    print("KeyError:", e)

# the lists are ordinary lists, shared with whoever holds them
a_list = by_grade["A"]
a_list.append("Gus")
print(by_grade["A"], sys.getrefcount(a_list))
