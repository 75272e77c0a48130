# The OSError family in a network-client class: errno, strerror and subclasses chosen by errno
import sys


class Client:
    def __init__(self, host, failures):
        self.host = host
        self.failures = list(failures)
        self.attempts = 0

    def connect(self):
        self.attempts += 1
        if self.failures:
            kind = self.failures.pop(0)
            if kind == "refused":
                raise ConnectionRefusedError(111, "Connection refused", self.host)
            if kind == "timeout":
                raise TimeoutError(f"{self.host} did not answer")
            if kind == "reset":
                raise ConnectionResetError("peer reset the connection")
            if kind == "errno":
                raise OSError(2, "No such file or directory", "config.ini")
        return f"connected to {self.host} after {self.attempts} attempt(s)"


def connect_with_retry(client, tries=5):
    for _ in range(tries):
        try:
            return client.connect()
        except ConnectionError as e:
            print(f"  {type(e).__name__}: {e} (errno={e.errno})")
        except TimeoutError as e:
            print(f"  timeout: {e} args={e.args} strerror={e.strerror}")
        except OSError as e:
            print(f"  {type(e).__name__}: {e} | {e.errno} {e.strerror!r} {e.filename!r}")
    raise ConnectionAbortedError(f"gave up on {client.host}")


print(connect_with_retry(Client("example.org", ["refused", "timeout", "reset", "errno"])))
for number in (2, 13, 17, 110, 111, 99):
    err = OSError(number, "message")
    print(number, type(err).__name__, str(err), repr(err))
print([c.__name__ for c in ConnectionRefusedError.__mro__])
print(IOError is OSError, EnvironmentError is OSError, issubclass(TimeoutError, OSError))
print(sys.getsizeof(OSError()), sys.getsizeof(ValueError()), sys.getsizeof(KeyError()))
w = UserWarning("careful")
print(isinstance(w, Warning), isinstance(w, Exception), repr(DeprecationWarning("old")))
s = SyntaxError("invalid syntax", ("lesson.py", 3, 5, "x = = 1\n"))
print(s, s.msg, s.lineno, s.offset, repr(s.text), s.filename)
connect_with_retry(Client("down.example", ["refused"] * 3), tries=2)
