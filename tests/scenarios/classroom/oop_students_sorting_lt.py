# Sorting objects: __lt__, key functions, attrgetter-free sorting and stability
class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age

    def __repr__(self):
        return f"{self.name}({self.grade},{self.age})"

    def __lt__(self, other):
        print(f"    compare {self.name} < {other.name}")
        return (self.grade, self.name) < (other.grade, other.name)

    def __eq__(self, other):
        return (self.name, self.grade, self.age) == (other.name, other.grade, other.age)

    __hash__ = None

roster = [Student("Zed", 88, 20), Student("Amy", 92, 19), Student("Bob", 88, 22), Student("Cat", 75, 21)]
print("sorted by __lt__:")
print(sorted(roster))
print("by age, no comparisons of students:")
print(sorted(roster, key=lambda s: s.age))
print(sorted(roster, key=lambda s: (-s.grade, s.name)))
print(min(roster, key=lambda s: s.age), max(roster, key=lambda s: s.grade))

# stability: sort by name, then by grade keeps name order within a grade
by_name = sorted(roster, key=lambda s: s.name)
by_grade = sorted(by_name, key=lambda s: s.grade, reverse=True)
print(by_grade)

roster.sort(key=lambda s: s.name, reverse=True)
print(roster)
try:
    print(Student("A", 1, 1) > Student("B", 2, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    Student("A", 1, 1) <= Student("B", 2, 2)
except TypeError as e:
    print("TypeError:", e)

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return self.text

versions = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9", "1.10.0", "2"]]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(max(versions), Version("1.2") < Version("1.10"), "1.2" < "1.10")
print(Version("3") > Version("2.9.9"), Version("1.0") == Version("1.0"))
print(len({Version("1.0"), Version("1.0"), Version("1.0.0")}))

words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[::-1]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted("Mississippi"), sorted(set("Mississippi")))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, abs(n))))
data = {"x": 3, "y": 1, "z": 2}
print(sorted(data.items(), key=lambda kv: kv[1]), sorted(data, key=data.__getitem__))
