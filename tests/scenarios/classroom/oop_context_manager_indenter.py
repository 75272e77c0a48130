# Custom context managers: a class, a generator, exceptions inside with
from contextlib import contextmanager

class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def print(self, text):
        print("    " * self.level + text)

with Indenter() as indent:
    indent.print("level one")
    with indent:
        indent.print("level two")
        with indent:
            indent.print("level three")
        indent.print("back to two")
    indent.print("back to one")

class Resource:
    open_count = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.open_count += 1
        print(f"open {self.name} (open: {Resource.open_count})")
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        Resource.open_count -= 1
        if exc_type is None:
            print(f"close {self.name} cleanly")
        else:
            print(f"close {self.name} after {exc_type.__name__}: {exc_value}")
        return exc_type is KeyError

with Resource("db") as db, Resource("cache") as cache:
    print("using", db.name, "and", cache.name)

with Resource("file"):
    raise KeyError("missing")
print("KeyError was swallowed")

try:
    with Resource("socket"):
        raise ValueError("bad data")
except ValueError as e:
    print("ValueError got out:", e)
print("still open:", Resource.open_count)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("html"):
    with tag("body") as shouted:
        print("  hello", shouted)

try:
    with tag("div"):
        1 / 0
except ZeroDivisionError:
    print("division error passed through, tag still closed")

@contextmanager
def ignoring(*kinds):
    try:
        yield
    except kinds as e:
        print(f"ignored {type(e).__name__}")

with ignoring(IndexError, KeyError):
    [][0]
with ignoring(IndexError):
    print("nothing goes wrong")

class Transaction:
    def __init__(self, data):
        self.data = data

    def __enter__(self):
        self.snapshot = dict(self.data)
        return self.data

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.data.clear()
            self.data.update(self.snapshot)
            print("rolled back")
            return True
        print("committed")

accounts = {"a": 100, "b": 0}
with Transaction(accounts) as acc:
    acc["a"] -= 30
    acc["b"] += 30
print(accounts)
with Transaction(accounts) as acc:
    acc["a"] -= 500
    if acc["a"] < 0:
        raise ValueError("overdrawn")
print(accounts)

def first_line():
    with Resource("early-return"):
        return "returned from inside with"
print(first_line())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
cm = Indenter()
print(cm.__enter__() is cm, cm.level, cm.__exit__(None, None, None), cm.level)
