# What a custom exception costs, and exceptions mixed with plain classes
import sys


class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key):
        super().__init__("missing key: " + key)
        self.key = key


class Retryable:
    retries = 3

    def describe(self):
        return type(self).__name__ + " (retry " + str(self.retries) + "x)"


class NetworkError(Retryable, RuntimeError):
    pass


class LookupProblem(ValueError, KeyError):
    pass


print(sys.getsizeof(Exception()), sys.getsizeof(AppError()), sys.getsizeof(ConfigError("x")))
e = ConfigError("port")
print(e, e.args, e.__dict__, sys.getsizeof(e.__dict__))
try:
    raise NetworkError("timeout")
except RuntimeError as err:
    print("caught:", err, "-", err.describe())
print([k.__name__ for k in NetworkError.__mro__])
print(NetworkError.__base__.__name__, LookupProblem.__base__.__name__)
try:
    raise LookupProblem("k")
except KeyError as err:
    print("KeyError handler:", repr(err.args), isinstance(err, ValueError))
try:
    class Impossible(AttributeError, StopIteration):
        pass
except TypeError as err:
    print("TypeError:", err)
print(sys.getrefcount(ConfigError), sys.getrefcount(e))
