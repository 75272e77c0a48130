# A context manager that opens and closes a pretend resource
import sys

class Connection:
    open_count = 0

    def __init__(self, name):
        self.name = name
        self.is_open = False

    def __enter__(self):
        Connection.open_count += 1
        self.is_open = True
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.is_open = False
        Connection.open_count -= 1
        print("close", self.name)

def query(name, n):
    with Connection(name) as conn:
        print("refs while open:", sys.getrefcount(conn))
        if n < 0:
            return "no rows"
        for i in range(n):
            if i == 2:
                break
            print("row", i)
    return "done"

print(query("db", 5))
print(query("db", -1))
print("open connections:", Connection.open_count)

with Connection("a") as a, Connection("b") as b:
    print("both open:", a.is_open, b.is_open)
print("both closed:", a.is_open, b.is_open)

class Point:
    def __enter__(self):
        return (3, 4)
    def __exit__(self, *exc):
        print("exit got", exc)

with Point() as (x, y):
    print(x * y)
