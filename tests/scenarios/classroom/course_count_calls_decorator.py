# A decorator that counts how many times a function is called
def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    return wrapper


@count_calls
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"


@count_calls
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(greet("Ada"))
print(greet("Grace", greeting="Hi"))
print(greet.__name__, "was called", greet.calls, "times")
print("fib(10) =", fib(10))
print(fib.__name__, "was called", fib.calls, "times")
