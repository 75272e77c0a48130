# A class-based context manager that suppresses one kind of exception
class Ignore:
    def __init__(self, kind):
        self.kind = kind
        self.caught = []

    def __enter__(self):
        print("entering")
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print("leaving normally")
            return False
        if exc_type is self.kind:
            print("suppressed", exc_type.__name__ + ":", exc_value)
            self.caught.append(str(exc_value))
            return True
        print("not mine:", exc_type.__name__)
        return False

with Ignore(ZeroDivisionError) as guard:
    print(10 / 2)
with guard:
    print(10 / 0)
    print("never printed")
print("still running, caught:", guard.caught)

try:
    with Ignore(ZeroDivisionError):
        [][1]
except IndexError as e:
    print("IndexError reached the caller:", e)
