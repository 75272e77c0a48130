# A student forgot to close a bracket: Python points at the opening one
grades = {"ana": 91, "ben": 78, "cy": 85}
names = sorted(grades
for name in names:
    print(name, grades[name])
print("average:", sum(grades.values()) / len(grades))
