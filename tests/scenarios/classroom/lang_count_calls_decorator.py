# A decorator that counts calls, with *args and **kwargs
import sys

def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        print("call", wrapper.calls, "of", func.__name__, "with", args, kwargs)
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def add(a, b=0):
    return a + b

@count_calls
def greet(name, *, punctuation="!"):
    return "Hello, " + name + punctuation

print(add(1, 2))
print(add(5))
print(add(a=1, b=1))
print(greet("Ada"))
print(greet("Bob", punctuation="?"))
print("add was called", add.calls, "times")
print("greet was called", greet.calls, "times")
print(add.__name__)
print("references to add:", sys.getrefcount(add))
