# Context managers: a class with __enter__/__exit__ and a contextmanager generator
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

    def say(self, text):
        print("    " * self.level + text)


class Transaction:
    def __init__(self, account):
        self.account = account

    def __enter__(self):
        self.snapshot = dict(self.account)
        print("begin", self.snapshot)
        return self.account

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("rollback because", exc_type.__name__, exc)
            self.account.clear()
            self.account.update(self.snapshot)
            return True
        print("commit", self.account)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back")

acct = {"alice": 100, "bob": 50}
with Transaction(acct) as a:
    a["alice"] -= 30
    a["bob"] += 30
with Transaction(acct) as a:
    a["alice"] -= 500
    if a["alice"] < 0:
        raise ValueError("overdrawn")
print(acct)

with tag("html"), tag("body") as t:
    print("  content", t)
try:
    with tag("div"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
cm = tag("p")
print(type(cm).__name__, hasattr(cm, "__enter__"))
