# Building a long text piece by piece: StringIO versus += on a str
import io
import sys

items = [("apples", 3), ("pears", 5), ("plums", 12)]

report = io.StringIO()
report.write("Shopping list\n")
report.write("=" * 13 + "\n")
for name, qty in items:
    report.write(f"{name:<8}{qty:>4}\n")
text = report.getvalue()
print(text, end="")

same = "Shopping list\n" + "=" * 13 + "\n"
for name, qty in items:
    same += f"{name:<8}{qty:>4}\n"
print(text == same, len(text))
print("the str:", sys.getsizeof(text), "bytes; the stream:", sys.getsizeof(report), "bytes")
lines = io.StringIO(text).readlines()
print(len(lines), lines[-1])
print(sys.getrefcount(report))
