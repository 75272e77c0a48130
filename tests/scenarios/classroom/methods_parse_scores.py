# Parsing "name,score" lines with split, strip and partition
data = """  alice, 90
bob,72
  carol ,85

dave,   64
eve,x
"""
scores = {}
problems = []
for number, line in enumerate(data.splitlines(), start=1):
    line = line.strip()
    if not line:
        continue
    name, _, value = line.partition(",")
    name = name.strip().title()
    value = value.strip()
    if not value.isdigit():
        problems.append((number, value))
        continue
    scores[name] = int(value)

for name in sorted(scores, key=scores.get, reverse=True):
    print(name, scores[name])
print("problems:", problems)
print("best:", max(scores.items(), key=lambda kv: kv[1]))
print("worst:", min(scores.values()))
print("passed:", [n for n, s in scores.items() if s >= 70])
fields = "2024-09-01,Math,  Room 12 ".split(",")
print(fields, [f.strip() for f in fields])
print("a=1;b=2;c=3".split(";", 1), "path/to/file.txt".rsplit("/", 1), "k:v".split(":", maxsplit=0))
