# Decorators: a call counter, a fake-clock timer, memoization, arguments
import functools

def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

class FakeClock:
    """A clock the lesson controls, so the output never changes."""
    def __init__(self):
        self.now = 0
    def tick(self, amount=1):
        self.now += amount
    def __call__(self):
        return self.now

clock = FakeClock()

def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = clock()
        result = func(*args, **kwargs)
        elapsed = clock() - start
        print(f"{func.__name__}{args} took {elapsed} ticks")
        return result
    return wrapper

def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

def tag(name, **attrs):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{attr_text}>{func(*args, **kwargs)}</{name}>"
        return wrapper
    return decorator

@count_calls
def add(a, b):
    """Add two numbers."""
    return a + b

for i in range(5):
    add(i, i)
print(add.calls, add.__name__, add.__doc__, add.__wrapped__(1, 1))

@timed
def slow_sum(n):
    total = 0
    for i in range(n):
        clock.tick()
        total += i
    return total

print(slow_sum(10))
print(slow_sum(3))

@count_calls
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.calls, len(fib.cache))
print(fib.__wrapped__.__wrapped__.__name__)

@repeat(3)
def shout(word):
    return word.upper() + "!"
print(shout("hey"))

@tag("a", href="/home", id="top")
@tag("b")
def link_text(text):
    return text
print(link_text("Home"))
print(link_text.__name__, link_text.__qualname__)

def trace(func):
    depth = [0]
    @functools.wraps(func)
    def wrapper(*args):
        print("  " * depth[0] + f"-> {func.__name__}{args}")
        depth[0] += 1
        result = func(*args)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    return wrapper

@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
gcd(48, 18)

def undecorated(x):
    return x
plain = count_calls(undecorated)
print(plain(7), plain.calls, plain is undecorated, plain.__wrapped__ is undecorated)

def validate(*types):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            for value, expected in zip(args, types):
                if not isinstance(value, expected):
                    raise TypeError(f"{func.__name__}: expected {expected.__name__}, got {type(value).__name__}")
            return func(*args)
        return wrapper
    return decorator

@validate(int, str)
def label(n, text):
    return f"{text} #{n}"
print(label(3, "box"))
try:
    label("3", "box")
except TypeError as e:
    print(e)

registry = {}
def register(func):
    registry[func.__name__] = func
    return func

@register
def hello():
    return "hello"
@register
def bye():
    return "bye"
print(sorted(registry), registry["bye"]())
