# Splitting CSV-ish lines with re.split: separators with spaces around
# them, several separators at once, and keeping the separators.
import re

rows = [
    "apple, banana,cherry ,  date",
    "1;2 ; 3;;4",
    "name | age | city",
    "   ",
]
for row in rows:
    print(re.split(r"\s*[,;|]\s*", row.strip()))

# a limit on the number of splits
print(re.split(r",\s*", "a, b, c, d", maxsplit=2))

# capturing groups keep the separators in the result
print(re.split(r"(\s*[-+]\s*)", "3 + 4 - 5+6"))
print(re.split(r"([,;])", "a,b;c"))

# separators at the ends give empty strings, as str.split does
print(re.split(r",", ",a,,b,"))
print(",a,,b,".split(","))

# whitespace of any length: like str.split() but keeps the empty ends
print(re.split(r"\s+", "  several   spaces\tand\ttabs  "))
print("  several   spaces\tand\ttabs  ".split())

# split on words, not characters, ignoring case
print(re.split(r"\s+and\s+", "salt and pepper AND oil and vinegar", flags=re.IGNORECASE))

# an optional group that did not take part gives None
print(re.split(r"(,)|(;)", "x,y;z"))

# a table of records with converted fields
data = "id: 1 | score: 90\nid: 2 | score: 75\nid: 3 | score: 88"
for line in data.splitlines():
    fields = dict(part.split(": ") for part in re.split(r"\s*\|\s*", line))
    print(fields, int(fields["score"]) >= 80)
