# Decorators with arguments: retry, repeat, and validate, all keeping metadata
import functools


def retry(times=3, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed {times} times")
        return wrapper
    return decorator


def repeat(n):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(n)]
        return wrapper
    return decorator


def validate(**checks):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for name, check in checks.items():
                if not check(kwargs[name]):
                    raise ValueError(f"bad {name}: {kwargs[name]!r}")
            return func(**kwargs)
        return wrapper
    return decorator


state = {"calls": 0}


@retry(times=4, exceptions=(ConnectionError,))
def flaky():
    """Succeeds on the third call."""
    state["calls"] += 1
    if state["calls"] < 3:
        raise ConnectionError(f"timeout #{state['calls']}")
    return "connected"


@repeat(3)
def greet(name):
    return f"hi {name}"


@validate(age=lambda a: 0 <= a < 150, name=str.isalpha)
def register(name, age):
    return f"{name} ({age})"


print(flaky(), state)
print(flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)
print(greet("bo"))
print(register(name="Eve", age=30))
for kw in ({"name": "Eve", "age": 200}, {"name": "R2D2", "age": 5}):
    try:
        register(**kw)
    except ValueError as e:
        print("ValueError:", e)


@retry(times=2)
def always_fails():
    raise KeyError("nope")


try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e)
