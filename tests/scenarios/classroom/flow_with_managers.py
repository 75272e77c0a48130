# with statements: class managers, several items, suppressing, contextmanager
import contextlib

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  close {self.name}, error: {exc_type.__name__ if exc_type else None}")
        return self.suppress

with Resource("a") as a, Resource("b") as b:
    print("  using", a.name, b.name)

with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")

try:
    with Resource("outer"), Resource("inner"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("html"):
    with tag("body") as t:
        print("  content in", t)

with contextlib.suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")

@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback: {e}")

log = []
with transaction(log):
    log.append("work")
with transaction(log):
    raise RuntimeError("disk full")
print(log)
