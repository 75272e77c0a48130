# closing() for objects with a close method, nullcontext as a stand-in
from contextlib import closing, nullcontext, contextmanager

class Tape:
    def __init__(self, label):
        self.label = label
        self.closed = False
    def read(self):
        return f"data on {self.label}"
    def close(self):
        self.closed = True
        print("closed", self.label)

with closing(Tape("t1")) as tape:
    print(tape.read())
print("closed afterwards:", tape.closed)

# even when the block fails
try:
    with closing(Tape("t2")) as tape:
        raise ValueError("bad tape")
except ValueError as e:
    print("error:", e, "closed:", tape.closed)

# an optional context manager
def process(items, verbose):
    manager = closing(Tape("log")) if verbose else nullcontext(None)
    with manager as log:
        total = sum(items)
        if log is not None:
            print("logging to", log.label)
    return total

print(process([1, 2, 3], True))
print(process([4, 5], False))

with nullcontext(42) as value:
    print("nullcontext gives", value)

# a generator-based manager that yields a dict
@contextmanager
def settings(**changes):
    current = {"debug": False, "level": 1}
    saved = dict(current)
    current.update(changes)
    yield current
    current.clear()
    current.update(saved)
    print("restored", current)

with settings(debug=True) as s:
    print("inside", s)
