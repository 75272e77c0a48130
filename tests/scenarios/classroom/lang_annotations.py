# Type hints are stored, never checked
class Student:
    school: str = "Lycee Pasteur"
    name: str
    grades: list

    def __init__(self, name: str, grades: list = None) -> None:
        self.name = name
        self.grades: list = grades if grades is not None else []

    def average(self) -> float:
        total: float = sum(self.grades)
        return total / len(self.grades)

max_grade: int = 20
passing: float
print(__annotations__)
print(Student.__annotations__)
print(Student.__init__.__annotations__)
print(Student.average.__annotations__)

ada = Student("Ada", [15, 18])
print(ada.name, ada.average())

def shout(text: str, times: int = 1) -> str:
    return text.upper() * times

print(shout("hi", times=2))
print(shout(123 if False else "no check", times=1))
print(shout.__annotations__)
print(shout.__defaults__)
