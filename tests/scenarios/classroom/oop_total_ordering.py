# __lt__ with functools.total_ordering: sorting custom objects
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2"), Version("0.9.9")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))
print(sorted(n for n in ("__le__", "__gt__", "__ge__") if n in Version.__dict__))
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)
print(Version("1.0") == "1.0")
print(sorted(vs, reverse=True))


class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade

    def __lt__(self, other):
        print(f"  {self.name} < {other.name}?")
        return self.grade < other.grade

    def __repr__(self):
        return self.name


print(sorted([Student("Ann", 90), Student("Bo", 75), Student("Cy", 82)]))
print(Student("a", 1) > Student("b", 2))
