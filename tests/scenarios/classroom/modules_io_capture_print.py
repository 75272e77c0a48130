# Capturing print output in a string: testing what a function prints
import io
import sys
from contextlib import redirect_stdout


def report(name, marks):
    print("Student:", name)
    for m in marks:
        print(" -", m)
    print("Average:", sum(marks) / len(marks))


buffer = io.StringIO()
with redirect_stdout(buffer):
    report("Ada", [90, 80, 70])
text = buffer.getvalue()
print("captured", len(text), "characters in", text.count("\n"), "lines")
print(text.splitlines())
print("correct average?", "Average: 80.0" in text)

# print can write to any stream with file=
log = io.StringIO()
for i in range(3):
    print("step", i, sep="=", end=";", file=log)
print(log.getvalue())
print(sys.stdout is sys.__stdout__)
print("a StringIO object:", sys.getsizeof(log), "bytes")
