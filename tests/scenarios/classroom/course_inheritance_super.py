# Inheritance: a subclass calls super().__init__ and adds its own attributes
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return f"{self.name}, {self.age}"


class Student(Person):
    def __init__(self, name, age, school):
        super().__init__(name, age)
        self.school = school
        self.grades = []

    def add_grade(self, g):
        self.grades.append(g)

    def describe(self):
        return super().describe() + f", studies at {self.school}"


class GradStudent(Student):
    def __init__(self, name, age, school, thesis):
        super().__init__(name, age, school)
        self.thesis = thesis

    def describe(self):
        return super().describe() + f", thesis: {self.thesis}"


people = [Person("Ann", 40), Student("Bob", 19, "MIT"), GradStudent("Cy", 26, "CMU", "Garbage collectors")]
for p in people:
    print(p.describe())
people[1].add_grade(90)
print(people[1].grades, people[2].grades)
print(isinstance(people[2], Person), issubclass(Student, Person), issubclass(Person, Student))
print([c.__name__ for c in GradStudent.__mro__])
