# A connection pool as a context manager; ExitStack, suppress and exceptions in __exit__
from contextlib import ExitStack, suppress, contextmanager


class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.open = False

    def __enter__(self):
        self.open = True
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        self.log.append(f"close {self.name}" + (f" after {exc_type.__name__}" if exc_type else ""))
        return exc_type is KeyError

    def query(self, q):
        if not self.open:
            raise RuntimeError(f"{self.name} is closed")
        if q == "missing":
            raise KeyError(q)
        if q == "boom":
            raise ValueError("bad query")
        return f"{self.name}:{q}"


log = []
with Connection("db1", log) as c:
    print(c.query("select"))
    c.query("missing")
    print("not reached")
print(log)
log.clear()
try:
    with Connection("db2", log) as c:
        c.query("boom")
except ValueError as e:
    print("ValueError:", e, log)
try:
    c.query("again")
except RuntimeError as e:
    print("RuntimeError:", e)

log.clear()
with ExitStack() as stack:
    conns = [stack.enter_context(Connection(f"c{i}", log)) for i in range(3)]
    stack.callback(log.append, "callback ran")
    print([c.query("x") for c in conns])
print(log)

with suppress(ZeroDivisionError, KeyError):
    print("before")
    {}["k"]
    print("after")
print("suppressed")


@contextmanager
def transaction(data):
    backup = dict(data)
    try:
        yield data
    except Exception as e:
        data.clear()
        data.update(backup)
        print("rolled back:", type(e).__name__)
        raise
    else:
        print("committed")


store = {"a": 1}
with transaction(store) as s:
    s["b"] = 2
try:
    with transaction(store) as s:
        s["c"] = 3
        raise LookupError("nope")
except LookupError:
    pass
print(store)
