# A timing-free "call logger" decorator, with and without functools.wraps
import functools


def plain_logger(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


def logger(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@plain_logger
def add(a, b):
    "Add two numbers."
    return a + b


@logger
def multiply(a, b):
    "Multiply two numbers."
    return a * b


print(add(2, 3), multiply(2, 3))

# without wraps the wrapper hides the function's identity
print(add.__name__, add.__doc__)
# with wraps it looks like the original
print(multiply.__name__, multiply.__doc__, multiply.__qualname__)
print(multiply.__wrapped__.__name__, multiply.__wrapped__(4, 5))
print(sorted(multiply.__dict__))

# wraps copies the function's own attributes too
def tagged(func):
    func.tag = "math"
    return func


@logger
@tagged
def subtract(a, b):
    return a - b


print(subtract(9, 4), subtract.tag, subtract.__name__)
