# Decorators: counting calls, decorators with arguments, and functools.wraps
import functools

def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def greet(name, punctuation="!"):
    """Say hello."""
    return f"Hello, {name}{punctuation}"

print(greet("Ann"), greet("Bo", punctuation="?"), greet.calls)
print(greet.__name__, greet.__doc__, greet.__wrapped__("Cy"))

def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(x):
    return x * 2

print(roll(5), roll.__name__)

def logged(prefix="LOG"):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            print(f"{prefix}: calling {func.__name__}{args} {kwargs}")
            result = func(*args, **kwargs)
            print(f"{prefix}: {func.__name__} returned {result!r}")
            return result
        return wrapper
    return decorator

@logged()
def add(a, b):
    return a + b

@logged(prefix="DBG")
@count_calls
def mul(a, b=2):
    return a * b

add(2, 3)
mul(4, b=5)
mul(7)
print(mul.calls, mul.__name__)

def memo(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(fib.cache))

class Timer:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args)
        return self.func(*args)

@Timer
def square(x):
    return x * x

print(square(3), square(4), square.calls, square.__name__)
print(greet.__closure__ is not None, repeat(2).__name__, type(square).__name__)
