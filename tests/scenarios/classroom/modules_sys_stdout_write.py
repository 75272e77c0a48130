# sys.stdout.write, sys.stderr, and print(file=...)
import sys

n = sys.stdout.write("no newline added, ")
m = sys.stdout.write("so I add one\n")
print("write returned", n, "and", m)
print("characters, not bytes:", sys.stdout.write("héllo\n"))
print("this goes to stderr", file=sys.stderr)
sys.stderr.write("so does this\n")


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


rec = Recorder()
print("a", "b", 3, sep="-", end="!\n", file=rec)
print(rec.parts)
print("".join(rec.parts), end="")
print(sys.stdout is sys.__stdout__, sys.stdout.isatty() in (True, False))
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)
