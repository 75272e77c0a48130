# A student builds dates from a form; the last one, February 30, is not caught
from datetime import date

entries = [(2024, 2, 29), (2024, 12, 31), (1999, 1, 1)]
for y, m, d in entries:
    print(date(y, m, d).strftime("%d %b %Y"))
deadline = date(2024, 2, 30)
print("never printed", deadline)
