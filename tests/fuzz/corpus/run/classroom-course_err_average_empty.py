# A student's average() crashes on an empty list: ZeroDivisionError
def average(scores):
    total = 0
    for s in scores:
        total += s
    return total / len(scores)


classes = {
    "math": [90, 85, 77],
    "art": [100, 95],
    "music": [],
}

for subject, scores in classes.items():
    print(subject, "average:", average(scores))
