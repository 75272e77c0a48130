# The template method pattern: an abstract step with a default to extend
from abc import ABC, abstractmethod
import sys

class Report(ABC):
    def render(self):
        lines = [self.header()]
        lines += self.body()
        lines.append(self.footer())
        return "\n".join(lines)

    def header(self):
        return f"== {type(self).__name__} =="

    @abstractmethod
    def body(self):
        return ["(no body)"]

    def footer(self):
        return "-" * 12

class Sales(Report):
    def __init__(self, figures):
        self.figures = figures

    def body(self):
        rows = [f"{k:>6}: {v}" for k, v in self.figures.items()]
        return rows + super().body()

class Empty(Report):
    def body(self):
        return super().body()

print(Sales({"north": 12, "south": 7}).render())
print(Empty().render())

# abstract classes are ordinary classes otherwise
print(Report.footer(Empty()), Report.__mro__[1].__name__)
r = Sales({})
print(sys.getrefcount(Sales) > 2, type(type(r)).__name__)
print(sys.getsizeof(r), sys.getsizeof(Report))
