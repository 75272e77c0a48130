# Week 4: lists of lists - a gradebook sorted many ways
gradebook = [
    ["Maya", [88, 92, 79, 95]],
    ["Omar", [72, 65, 80, 70]],
    ["Lena", [95, 98, 91, 99]],
    ["Theo", [60, 75, 58, 82]],
    ["Ines", [88, 85, 90, 87]],
]

def average(scores):
    return sum(scores) / len(scores)

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

print(f"{'#':>2} {'Name':<6} {'Scores':<18} {'Avg':>6} Grade")
for i, (name, scores) in enumerate(gradebook, start=1):
    avg = average(scores)
    print(f"{i:>2} {name:<6} {str(scores):<18} {avg:>6.2f} {letter(avg)}")

print()
by_avg = sorted(gradebook, key=lambda row: average(row[1]), reverse=True)
print("Ranking:", [name for name, _ in by_avg])
by_name = sorted(gradebook)
print("Alphabetical:", [row[0] for row in by_name])
by_best = sorted(gradebook, key=lambda row: (-max(row[1]), row[0]))
print("By best score:", [(row[0], max(row[1])) for row in by_best])
by_len_then_name = sorted((row[0] for row in gradebook), key=lambda s: (len(s), s))
print(by_len_then_name)

# column statistics with zip
columns = list(zip(*[scores for _, scores in gradebook]))
for number, column in enumerate(columns, 1):
    print(f"Test {number}: min={min(column)} max={max(column)} mean={sum(column) / len(column):.1f}")

# add a bonus to everyone, in place
for row in gradebook:
    row[1] = [min(100, s + 5) for s in row[1]]
print(gradebook[3])

# the aliasing trap
template = [0] * 3
grid = [template] * 3
grid[0][0] = 9
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 9
print(grid)

# list methods
scores = [70, 85, 85, 92, 60]
scores.append(77)
scores.insert(0, 99)
scores.extend([50, 51])
print(scores, scores.count(85), scores.index(92))
scores.remove(85)
print(scores.pop(), scores.pop(0), scores)
scores.sort()
print(scores)
scores.reverse()
print(scores[:3], scores[-2:], scores[::2])
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print(max(gradebook, key=lambda r: average(r[1]))[0], min(gradebook, key=lambda r: average(r[1]))[0])
