# An error while handling another: implicit chaining shown by an uncaught traceback
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, "with", exc_type.__name__ if exc_type else None)
        if exc_type is ZeroDivisionError:
            raise RuntimeError(f"cleanup of {self.name} failed")
        return False


def compute(values):
    with Resource("calculator"):
        return sum(values) / len(values)


print(compute([1, 2, 3]))
compute([])
