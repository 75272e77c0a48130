# A @log decorator, a decorator with arguments, and stacked decorators
def log(func):
    def wrapper(*args, **kwargs):
        print("->", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("<-", func.__name__, "returned", result)
        return result
    return wrapper

def repeat(times):
    print("repeat(", times, ") is evaluated")
    def decorator(func):
        print("decorating", func.__name__)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@log
def square(x):
    return x * x

@log
@repeat(3)
def shout(word):
    return word.upper()

square(4)
shout("hi")

def register(cls):
    print("registering class", cls.__name__)
    cls.registered = True
    return cls

@register
class Plugin:
    pass

print(Plugin.registered)
