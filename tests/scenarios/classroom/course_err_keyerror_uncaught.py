# Looking up a student who is not in the grade book
grades = {"ann": 91, "ben": 78, "cy": 85}
for name in ["ann", "cy"]:
    print(name, grades[name])
average = sum(grades.values()) / len(grades)
print(f"class average {average:.2f}")
print("dee", grades["dee"])
