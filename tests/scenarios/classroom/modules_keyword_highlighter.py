# A tiny syntax highlighter: keywords in capitals
import keyword

program = """
def area(r):
    if r < 0:
        return None
    else:
        return 3.14 * r * r
for x in range(3):
    print(area(x))
"""

for line in program.strip().splitlines():
    words = line.replace('(', ' ( ').replace(')', ' ) ').replace(':', ' :').split(' ')
    out = []
    for w in words:
        out.append(w.upper() if keyword.iskeyword(w) else w)
    print(' '.join(out).replace(' ( ', '(').replace(' ) ', ')').replace(' )', ')').replace(' :', ':'))

count = sum(1 for w in program.split() if keyword.iskeyword(w))
print(count, "keywords in the program")
