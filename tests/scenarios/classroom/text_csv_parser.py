# A CSV-like line parser with split, partition and strip
lines = """name, age , city
  Ada Lovelace,36,London
Alan Turing , 41 ,Wilmslow
Grace Hopper,85,   Arlington
# a comment line
Linus,  , Helsinki

key=value=extra
""".splitlines()
header = [h.strip() for h in lines[0].split(",")]
print(header)
rows = []
for lineno, line in enumerate(lines[1:], start=2):
    if not line.strip() or line.lstrip().startswith("#"):
        print(f"line {lineno}: skipped {line!r}")
        continue
    if "=" in line:
        key, sep, value = line.partition("=")
        print("partition:", (key, sep, value), line.rpartition("="), line.partition(":"))
        continue
    fields = [f.strip() for f in line.split(",")]
    record = dict(zip(header, fields))
    age = record["age"]
    record["age"] = int(age) if age.isdigit() else None
    rows.append(record)
for r in rows:
    print(r)
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  lots   of   space  ".split(), "  lots   of   space  ".split(" "))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))
print("x".join(["1", "2", "3"]), ", ".join(str(n) for n in range(4)))
print("\tpadded\n".strip(), "xxhixx".strip("x"), "..end".lstrip("."), "end..".rstrip("."))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
print("a\nb\r\nc\n".splitlines(keepends=True), "".splitlines(), "\n".split("\n"))
try:
    "a,b".split("")
except ValueError as e:
    print("ValueError:", e)
print("col1\tcol2\tc3".expandtabs(), "col1\tcol2".expandtabs(4), "a\tb".expandtabs(tabsize=2))
