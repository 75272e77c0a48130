# format() calls __format__; str.format_map fills fields from a dict
print(format(3.14159, ".2f"), (3.14159).__format__(".2f"))
print(format(42, "05d"), (42).__format__("05d"), "hi".__format__("^6") + "|")


class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade

    def __format__(self, spec):
        # delegate the spec to the name, a str
        return self.name.__format__(spec) + " (" + format(self.grade, ".1f") + ")"


roster = [Student("Ann", 15.25), Student("Bartholomew", 9)]
for s in roster:
    print(f"[{s:<12}]")
record = {"name": "Ann", "city": "Lyon", "age": 17}
print("{name} lives in {city} and is {age}".format_map(record))
print("{name:>8}|{age:03}".format_map(record))
try:
    print("{0} and {name}".format_map(record))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{missing}".format_map(record))
except KeyError as e:
    print("KeyError:", e)
