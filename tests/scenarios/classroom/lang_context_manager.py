# A context manager class: __enter__/__exit__, suppressing errors, and nesting
class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def say(self, text):
        print("    " * self.level + text)

with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back to one")

class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None)
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught = exc
            return True
        return False

with Suppress(ZeroDivisionError, KeyError) as s:
    print(1 / 0)
print("caught:", repr(s.caught))
try:
    with Suppress(KeyError):
        int("abc")
except ValueError as err:
    print("escaped:", err)

class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        print("close", self.name, exc[0] is None)

with Resource("a") as a, Resource("b") as b:
    print("using", a, b, Resource.opened)
print(Resource.opened)

def use():
    with Resource("c"):
        return "returned inside with"
print(use())

from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")

with tag("p") as t:
    with tag("b"):
        print("bold text in", t)
try:
    with tag("div"):
        raise RuntimeError("boom")
except RuntimeError as err:
    print("after div:", err)
