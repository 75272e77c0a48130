# A class-based context manager: __enter__ and __exit__ run around the with-block
class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.level -= 1
        return False

    def say(self, text):
        print("    " * self.level + text)


class Suppress:
    def __init__(self, kind):
        self.kind = kind

    def __enter__(self):
        print("entering")

    def __exit__(self, exc_type, exc_value, traceback):
        print("exiting, exception type:", exc_type.__name__ if exc_type else None)
        return exc_type is not None and issubclass(exc_type, self.kind)


with Indenter() as ind:
    ind.say("hi")
    with ind:
        ind.say("hello")
        with ind:
            ind.say("bonjour")
    ind.say("hey")

with Suppress(ZeroDivisionError):
    print(1 / 0)
print("after the suppressed error")
with Suppress(ZeroDivisionError):
    print("no problem here")
