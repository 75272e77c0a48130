# Capturing what print() writes: redirect_stdout into our own object
from contextlib import redirect_stdout
import sys

class Recorder:
    """Anything with a write() method can stand for sys.stdout."""
    def __init__(self):
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)
        return len(text)

    def lines(self):
        return "".join(self.chunks).splitlines()

def report(items):
    for name, qty in items:
        print(f"{name:<6}{qty:>3}")
    print("total", sum(q for _, q in items))

rec = Recorder()
with redirect_stdout(rec) as target:
    report([("pens", 12), ("ink", 3)])
print("captured:", rec.lines())
print(target is rec, len(rec.chunks))

# print() writes each argument, the separators and the end separately
rec2 = Recorder()
with redirect_stdout(rec2):
    print("a", "b", sep="-", end="!\n")
print(rec2.chunks)

# the real stream is back after the block, even after an error
try:
    with redirect_stdout(Recorder()):
        raise ValueError("inside")
except ValueError:
    pass
print(sys.stdout is sys.__stdout__)

# the captured strings are ordinary objects, referenced by the list
first = rec.chunks[0]
print(repr(first), sys.getrefcount(first))
