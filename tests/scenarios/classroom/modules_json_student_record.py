# Storing a class of student records as JSON, and turning them back into objects
import json
import sys


class Student:
    def __init__(self, name, year, marks):
        self.name = name
        self.year = year
        self.marks = marks

    def average(self):
        return sum(self.marks) / len(self.marks)

    def __repr__(self):
        return f"Student({self.name!r}, {self.year}, {self.marks})"


klass = [Student("Lin", 2, [78, 91, 85]), Student("Omar", 1, [66, 72]), Student("Pia", 3, [99])]

# json does not know our class: we say how to turn one into a dict
try:
    json.dumps(klass)
except TypeError as err:
    print("TypeError:", err)

text = json.dumps(klass, default=lambda s: s.__dict__)
print(text)


def to_student(d):
    if set(d) == {"name", "year", "marks"}:
        return Student(d["name"], d["year"], d["marks"])
    return d


again = json.loads(text, object_hook=to_student)
print(again)
for s in again:
    print(f"{s.name:5} year {s.year}: average {s.average():.2f}")

print("instance size:", sys.getsizeof(again[0]))
print("same marks, new list:", again[0].marks == klass[0].marks, again[0].marks is klass[0].marks)


class RecordEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Student):
            return {"student": o.name, "avg": round(o.average(), 1)}
        return super().default(o)


print(json.dumps({"class": "7B", "students": klass}, cls=RecordEncoder, indent=1))
