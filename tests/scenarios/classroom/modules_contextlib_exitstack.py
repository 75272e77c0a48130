# ExitStack: a variable number of context managers, closed in reverse
from contextlib import ExitStack, contextmanager

@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

names = ["alpha", "beta", "gamma"]
with ExitStack() as stack:
    handles = [stack.enter_context(opened(n)) for n in names]
    stack.callback(print, "callback: all opened were", handles)
    print("working with", handles)
print("done")

# an error while opening closes what was already opened
class Lock:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        if self.name == "bad":
            raise RuntimeError("cannot lock " + self.name)
        print("locked", self.name)
        return self
    def __exit__(self, *exc):
        print("unlocked", self.name)
        return False

try:
    with ExitStack() as stack:
        for n in ["one", "two", "bad", "three"]:
            stack.enter_context(Lock(n))
except RuntimeError as e:
    print("RuntimeError:", e)

# pop_all moves the callbacks to a new stack, which closes them later
with ExitStack() as stack:
    stack.enter_context(opened("kept"))
    later = stack.pop_all()
print("the with block ended, kept is still open")
later.close()
