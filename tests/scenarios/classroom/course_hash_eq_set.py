# __hash__ and __eq__: equal objects must hash equal to work in sets and as dict keys
class Student:
    def __init__(self, sid, name):
        self.sid = sid
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Student) and self.sid == other.sid

    def __hash__(self):
        return hash(self.sid)

    def __repr__(self):
        return f"Student({self.sid}, {self.name!r})"


class NoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


enrolled = {Student(1, "Ann"), Student(2, "Bob"), Student(1, "Ann again")}
print(len(enrolled))
print(Student(2, "someone") in enrolled)
grades = {Student(1, "Ann"): "A"}
print(grades[Student(1, "?")])
print(Student(1, "x") == Student(1, "y"), Student(1, "x") is Student(1, "x"))
print(NoHash.__hash__ is None)
try:
    s = {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
print(sorted([s.sid for s in enrolled]))
