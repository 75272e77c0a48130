# A grade book printed as a table with averages and letter grades
grades = {
    "Alice": [92, 88, 95, 79],
    "Bob": [75, 64, 81, 70],
    "Chen": [88, 91, 85, 94],
    "Dara": [55, 62, 48, 70],
    "Émilie": [100, 97, 99, 98],
}

def letter(avg):
    for cutoff, mark in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return mark
    return "F"

header = f"{'Student':<10}" + "".join(f"{'T' + str(i + 1):>6}" for i in range(4)) + f"{'Avg':>8}{'Grade':>7}"
print(header)
print("-" * len(header))
class_total = 0
for name, marks in sorted(grades.items()):
    avg = sum(marks) / len(marks)
    class_total += avg
    row = f"{name:<10}" + "".join(f"{m:>6}" for m in marks)
    print(row + f"{avg:>8.2f}{letter(avg):>7}")
print("-" * len(header))
print(f"{'Class average':<34}{class_total / len(grades):>8.3f}")
best = max(grades, key=lambda n: sum(grades[n]))
worst = min(grades, key=lambda n: sum(grades[n]))
print(f"Best: {best!r}, worst: {worst!r}")
ranked = sorted(grades, key=lambda n: (-sum(grades[n]), n))
for place, name in enumerate(ranked, start=1):
    print(f"{place:>2}. {name:.<12}{sum(grades[name]):.>5}")
print("{:>5.1%}".format(sum(1 for m in grades.values() if sum(m) / 4 >= 70) / len(grades)))
print(str(round(87.125, 2)), round(2.675, 2), round(-0.5), round(1.5), round(2.5))
print(len("Émilie"), "Émilie".upper(), "Émilie".casefold(), "Émilie".encode("utf-8"))
