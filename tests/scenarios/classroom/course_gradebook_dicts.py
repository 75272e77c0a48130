# A grade book: dicts of lists, averages, letter grades and a report
grades = {
    "alice": [92, 88, 95, 79],
    "bob": [75, 64, 81, 70],
    "carol": [58, 72, 66, 61],
    "dave": [100, 97, 99, 94],
}

def letter(avg):
    if avg >= 90: return "A"
    elif avg >= 80: return "B"
    elif avg >= 70: return "C"
    elif avg >= 60: return "D"
    return "F"

report = {}
for name, scores in grades.items():
    avg = sum(scores) / len(scores)
    report[name] = (round(avg, 1), letter(avg))

print(f"{'Name':<8}{'Avg':>6}  Grade")
for name, (avg, g) in sorted(report.items(), key=lambda kv: kv[1][0], reverse=True):
    print(f"{name.title():<8}{avg:>6}  {g}")

by_letter = {}
for name, (avg, g) in report.items():
    by_letter.setdefault(g, []).append(name)
print(by_letter)
grades["eve"] = []
try:
    print(sum(grades["eve"]) / len(grades["eve"]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(grades["frank"])
except KeyError as e:
    print(type(e).__name__, e)
print(grades.get("frank", "no grades"))
best = max(grades, key=lambda n: max(grades[n], default=0))
print("best single score:", best, max(grades[best]))
all_scores = [s for scores in grades.values() for s in scores]
print(len(all_scores), min(all_scores), max(all_scores), sorted(all_scores)[len(all_scores)//2])
counts = {g: len(names) for g, names in sorted(by_letter.items())}
print(counts, list(report), report.pop("carol"), len(report))
print(dict(zip(["q1", "q2", "q3", "q4"], zip(*[grades[n] for n in ["alice", "bob"]]))))
