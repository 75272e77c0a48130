# Who holds references to a class and to its instances
import sys


class Student:
    school = "Hill High"

    def __init__(self, name):
        self.name = name


print("class, no instances:", sys.getrefcount(Student))
a = Student("Ann")
b = Student("Ben")
print("class, two instances:", sys.getrefcount(Student))
print("a:", sys.getrefcount(a))
roster = [a, b]
by_name = {"Ann": a}
print("a in a list and a dict:", sys.getrefcount(a))
best = a
print("and another name:", sys.getrefcount(a))
del best, by_name
print("back to:", sys.getrefcount(a))
roster.clear()
del a
print("class after one instance went:", sys.getrefcount(Student))


class Graduate(Student):
    pass


print("after a subclass:", sys.getrefcount(Student))
g = Graduate("Gil")
print(sys.getrefcount(Graduate), sys.getrefcount(g))
print(list(Student.__dict__))
print(list(Graduate.__dict__))
print(Student.__dict__["school"], "school" in Graduate.__dict__)
