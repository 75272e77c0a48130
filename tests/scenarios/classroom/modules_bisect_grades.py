# Turning marks into letter grades with bisect (the classic table lookup)
import bisect

breakpoints = [60, 70, 80, 90]
letters = "FDCBA"


def grade(mark):
    return letters[bisect.bisect(breakpoints, mark)]


marks = [33, 99, 77, 70, 89, 90, 100, 60, 59]
print([grade(m) for m in marks])

for m in (69, 70, 71):
    print(m, "-> right:", bisect.bisect_right(breakpoints, m),
          "left:", bisect.bisect_left(breakpoints, m))

# counting how many marks fall in each band
counts = [0] * len(letters)
for m in [45, 62, 68, 71, 75, 75, 83, 88, 91, 97, 100, 59]:
    counts[bisect.bisect(breakpoints, m)] += 1
for letter, n in zip(letters, counts):
    print(f"{letter}: {'#' * n} ({n})")
