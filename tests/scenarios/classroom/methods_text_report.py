# A text report: columns lined up with ljust, rjust, center and zfill
students = [("Ada", 93, 1815), ("Grace", 88, 1906), ("Linus", 71, 1969), ("Guido", 100, 1956)]
width = 30
print("CLASS REPORT".center(width, "="))
print("Name".ljust(10) + "Score".rjust(8) + "Year".rjust(12))
print("-" * width)
for name, score, year in students:
    print(name.ljust(10, ".") + str(score).rjust(8) + str(year).rjust(12))
print("-" * width)
average = sum(s for _, s, _ in students) / len(students)
print("Average".ljust(10) + str(average).rjust(8))
print("end".center(width, "*"))
print("id:", "7".zfill(4), "-7".zfill(4), "+12".zfill(5), "12345".zfill(3))
print("[" + "odd".center(8) + "]", "[" + "even".center(9, "-") + "]")
