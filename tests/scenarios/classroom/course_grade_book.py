# A grade book: a dict of lists, averages, letter grades and a report table
grades = {
    "Ana": [92, 88, 95],
    "Ben": [75, 64, 81],
    "Cleo": [58, 71, 66],
    "Dev": [85, 90, 78],
}


def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"


grades["Eli"] = [100, 97]
grades["Ben"].append(90)
print(f"{'Name':<6}|{'Avg':>7} | Grade")
print("-" * 22)
averages = {}
for name, marks in grades.items():
    avg = sum(marks) / len(marks)
    averages[name] = avg
    print(f"{name:<6}|{avg:>7.2f} | {letter(avg)}")
best = max(averages, key=averages.get)
print("best student:", best)
print("class average: %.1f" % (sum(averages.values()) / len(averages)))
counts = {}
for avg in averages.values():
    counts[letter(avg)] = counts.get(letter(avg), 0) + 1
print(dict(sorted(counts.items())))
