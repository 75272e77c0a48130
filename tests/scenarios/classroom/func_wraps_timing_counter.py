# A call-counting decorator and a tracing decorator stacked with functools.wraps
import functools


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def trace(func):
    depth = 0

    @functools.wraps(func)
    def wrapper(*args):
        nonlocal depth
        print("|  " * depth + f"{func.__name__}{args}")
        depth += 1
        try:
            result = func(*args)
        finally:
            depth -= 1
        print("|  " * depth + f"-> {result}")
        return result
    return wrapper


@count_calls
@trace
def gcd(a, b):
    """Greatest common divisor."""
    return a if b == 0 else gcd(b, a % b)


def plain(x):
    return x


print(gcd(48, 18))
print(gcd.calls, gcd.__name__, gcd.__doc__)
print(gcd.__wrapped__.__wrapped__.__name__, gcd.__qualname__)
bare = count_calls(plain)
print(bare(1), bare(2), bare.calls, plain.__dict__, sorted(bare.__dict__))
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)


def no_wraps(func):
    def inner(*a):
        return func(*a)
    return inner


@no_wraps
def documented():
    "doc"


print(documented.__name__, documented.__doc__, documented.__qualname__)
