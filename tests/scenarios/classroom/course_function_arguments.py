# Function arguments: defaults, keywords, *args, **kwargs and keyword-only
def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


print(greet("Ann"))
print(greet("Ann", "Hi"))
print(greet("Ann", punctuation="?"))
print(greet(greeting="Yo", name="Bo"))


def total(*numbers):
    print("numbers is a", type(numbers).__name__, numbers)
    return sum(numbers)


print(total(), total(1, 2, 3))
print(total(*[4, 5]))


def profile(name, **details):
    print(name, details)
    for key, value in details.items():
        print(f"  {key} = {value}")


profile("Ann", age=30, city="Oslo")
profile("Bo", **{"job": "pilot"})


def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"


print(connect("example.org", port=443, secure=True))
try:
    connect("example.org", 443)
except TypeError as e:
    print("TypeError:", e)
