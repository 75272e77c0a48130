# str.format with names, indexes, attributes and conversions
class Student:
    def __init__(self, name, grades):
        self.name = name
        self.grades = grades

    def __repr__(self):
        return "Student(" + repr(self.name) + ")"


s = Student("Ada", [18, 15, 19])
print("{name} is {age} years old".format(name="Ada", age=36))
print("{0} + {0} = {1}".format(2, 4))
print("{} then {} then {}".format("a", "b", "c"))
print("{st.name} got {st.grades[0]} in the first test".format(st=s))
print("{0.name}'s best: {1}".format(s, max(s.grades)))
print("{d[x]} and {d[y]}".format(d={"x": 1, "y": 2}))
print("{!r} vs {!s}".format("text", "text"))
print("{0!r:>20}|".format(s))
print("{:{width}.{prec}f}|".format(3.14159, width=10, prec=3))
print("{:{}}|{:{}}|".format("ab", 5, 12, 4))
print("Use {{braces}} for {}".format("literal braces"))
print("{0:^{1}}|".format("mid", 9))
template = "{name:<8}{score:>5}"
for name, score in [("Ann", 12), ("Bartholomew", 7)]:
    print(template.format(name=name, score=score))
