# *args and **kwargs, forwarding arguments, keyword-only and positional-only parameters
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show(), show(1, 2), show(a=1), show(1, *[2, 3], b=4, **{"c": 5}))

def forward(func, *args, **kwargs):
    print("calling", func.__name__, "with", args, kwargs)
    return func(*args, **kwargs)

def area(width, height=1, *, unit="cm"):
    return f"{width * height} {unit}^2"

print(forward(area, 3, 4), forward(area, 5, unit="m"), forward(area, height=2, width=6))

def pos_only(a, b, /, c, *, d):
    return a + b + c + d

print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
for call in [lambda: pos_only(1, b=2, c=3, d=4), lambda: pos_only(1, 2, 3, 4), lambda: area(1, 2, "m"),
             lambda: area(), lambda: area(1, 2, 3), lambda: area(1, color="red"), lambda: area(1, width=2),
             lambda: pos_only(1, 2, 3)]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)

def stats(*numbers, precision=2):
    if not numbers:
        return None
    mean = sum(numbers) / len(numbers)
    return round(mean, precision), min(numbers), max(numbers)

print(stats(1, 2, 3, 4), stats(*range(10), precision=0), stats())

def config(**options):
    defaults = {"color": "red", "size": 10}
    defaults.update(options)
    return defaults

print(config(), config(size=12, shape="round"))
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "abc"
print(head, tail, [*"hi", *range(2)], {**{"a": 1}, "b": 2, **{"a": 3}})
print(area.__defaults__, area.__kwdefaults__, area.__code__.co_argcount, area.__code__.co_kwonlyargcount)

def make_greeting(greeting, /, name="world", **extra):
    return f"{greeting}, {name}{extra.get('end', '!')}"

print(make_greeting("Hi"), make_greeting("Hey", "Ann", end="?"), make_greeting("Yo", greeting="x"))
